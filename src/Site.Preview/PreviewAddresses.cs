using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Site.Preview;

/// <summary>The addresses at which the preview can be opened: on this computer, and from a phone on the same network.</summary>
public static class PreviewAddresses
{
    /// <summary>For a wildcard bind (0.0.0.0 or ::), this computer's address and each network address; else the bound one.</summary>
    public static IReadOnlyList<string> For(IPAddress bind, int port, IEnumerable<IPAddress> networkAddresses)
    {
        var wildcard = bind.Equals(IPAddress.Any) || bind.Equals(IPAddress.IPv6Any);
        if (!wildcard)
        {
            return [Url(bind, port)];
        }

        var local = bind.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Loopback : IPAddress.Loopback;
        return [Url(local, port), .. networkAddresses
            .Where(a => !IPAddress.IsLoopback(a) && !a.IsIPv6LinkLocal && (a.AddressFamily == bind.AddressFamily || bind.AddressFamily == AddressFamily.InterNetworkV6))
            .Distinct()
            .Select(a => Url(a, port))];
    }

    /// <summary>The unicast addresses of this machine's network interfaces that are up.</summary>
    public static IEnumerable<IPAddress> OfThisMachine() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(i => i.OperationalStatus == OperationalStatus.Up)
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address);

    public static string Url(IPAddress address, int port) => new UriBuilder("http", address.ToString(), port, "/").Uri.ToString();
}
