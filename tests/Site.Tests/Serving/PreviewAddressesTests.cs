using System.Net;
using Site.Preview;

namespace Site.Tests.Serving;

/// <summary>What `serve --bind` prints: where to open the preview on this computer and from a phone on the same network.</summary>
public class PreviewAddressesTests
{
    private static readonly IPAddress[] Interfaces =
        [IPAddress.Parse("127.0.0.1"), IPAddress.Parse("192.168.1.23"), IPAddress.Parse("10.0.0.7"), IPAddress.Parse("::1"), IPAddress.Parse("fe80::1"), IPAddress.Parse("2001:db8::5")];

    [Fact]
    public void BoundToEveryIPv4Address_ListsThisComputerFirst_ThenEachNetworkAddress_WithoutLoopbackOrIPv6()
    {
        Assert.Equal(
            ["http://127.0.0.1:8080/", "http://192.168.1.23:8080/", "http://10.0.0.7:8080/"],
            PreviewAddresses.For(IPAddress.Any, 8080, Interfaces));
    }

    [Fact]
    public void BoundToEveryIPv6Address_ListsBothFamilies_WithoutLinkLocal()
    {
        Assert.Equal(
            ["http://[::1]:8080/", "http://192.168.1.23:8080/", "http://10.0.0.7:8080/", "http://[2001:db8::5]:8080/"],
            PreviewAddresses.For(IPAddress.IPv6Any, 8080, Interfaces));
    }

    [Fact]
    public void BoundToOneAddress_ListsOnlyThatOne()
    {
        Assert.Equal(["http://127.0.0.1:9000/"], PreviewAddresses.For(IPAddress.Loopback, 9000, Interfaces));
    }
}
