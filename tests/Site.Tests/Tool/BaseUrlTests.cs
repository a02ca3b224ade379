using Site.Tests.Support;

namespace Site.Tests.Tool;

/// <summary>--strict refuses to publish a site whose address is missing or this machine's (canonical links, feeds and the sitemap carry it).</summary>
public class BaseUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/bao-cao/")]
    [InlineData("http://localhost/")]
    [InlineData("http://localhost:8080/repo/")]
    [InlineData("http://127.0.0.1:1313/")]
    [InlineData("http://preview.localhost/")]
    [InlineData("http://[::1]/")]
    public void AnUnpublishableBaseUrl_InSiteYml_WarnsAtItsLine_AndFailsAStrictBuild(string baseUrl)
    {
        using var site = TestSite.Create(TestSite.MinimalSite.Replace("https://example.org/repo/", baseUrl, StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);
        Assert.False(site.Build(strict: true).Succeeded);
        var diagnostic = site.AssertDiagnostic("SITE110", "input/site.yml", 2);
        Assert.Contains("base_url", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ASiteYmlWithoutBaseUrl_FailsAStrictBuild_ButAGoodBaseUrlOption_PublishesIt()
    {
        using var site = TestSite.Create(TestSite.MinimalSite.Replace("base_url: \"https://example.org/repo/\"\n", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("base_url", File.ReadAllText(Path.Combine(site.Input, "site.yml")), StringComparison.Ordinal);
        Assert.False(site.Build(strict: true).Succeeded);
        site.AssertDiagnostic("SITE110", "input/site.yml", 1);
        Assert.True(site.Build(strict: true, baseUrl: "https://owner.github.io/repo/").Succeeded);
        site.AssertNoDiagnostic("SITE110");
        site.AssertFile("sitemap.xml", "https://owner.github.io/repo/", "! localhost");
    }

    [Fact]
    public void ALocalBaseUrlOption_IsNamedAsTheOption()
    {
        using var site = TestSite.Create(TestSite.MinimalSite);
        Assert.False(site.Build(strict: true, baseUrl: "http://localhost:8080/").Succeeded);
        site.AssertDiagnostic("SITE110", "--base-url");
    }
}
