using Site.Checking;
using Site.Diagnostics;
using Site.Output;

namespace Site.Tests.Linking;

/// <summary>Links in built markup that start with '/' (the theme's, the 404 page's) are checked too: under the base path, or they leave the site.</summary>
public class OutputSitePathTests
{
    private const string Head = "<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'\"></head><body>";

    private static IReadOnlyList<Diagnostic> Check(string href)
    {
        var diagnostics = new DiagnosticBag();
        OutputChecker.Check(
            [OutputFile.Text("404.html", Head + $"<a href=\"{href}\">x</a></body></html>"), OutputFile.Text("vi/tim-kiem/index.html", Head + "</body></html>")],
            diagnostics, basePath: "/repo/");
        return diagnostics.All;
    }

    [Fact]
    public void LinkUnderTheBasePath_ToAPageOfTheSite_Passes() => Assert.Empty(Check("/repo/vi/tim-kiem/"));

    [Fact]
    public void LinkUnderTheBasePath_ToNoPage_IsABrokenLink()
    {
        var diagnostic = Assert.Single(Check("/repo/vi/khong-co/"));
        Assert.Equal("404.html", diagnostic.File);
        Assert.Contains("broken link to '/vi/khong-co/'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkFromTheHostsRoot_OutsideTheBasePath_LeavesTheSite()
    {
        var diagnostic = Assert.Single(Check("/vi/tim-kiem/"));
        Assert.Contains("the link '/vi/tim-kiem/' leads outside the site, which is published under '/repo/'", diagnostic.Message, StringComparison.Ordinal);
    }
}
