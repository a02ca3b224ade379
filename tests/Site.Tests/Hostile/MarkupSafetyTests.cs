using Site.Checking;
using Site.Content;
using Site.Diagnostics;
using Site.Output;
using Site.Tests.Support;

namespace Site.Tests.Hostile;

/// <summary>The output check rejects markup the theme did not write, whatever produced it; and no path leaves its folder.</summary>
public class MarkupSafetyTests
{
    private const string Policy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private static string Page(string head, string body, string policy = Policy) =>
        $"<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">{head}</head><body>{body}</body></html>";

    [Fact]
    public void ThePagesAsTheThemeWritesThem_PassTheCheck()
    {
        var problems = Check(Page("<script src=\"../assets/site.js\" defer></script><script type=\"application/ld+json\">{}</script>", "<p>x</p>"));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("<p>x</p>", "<div onmouseover=\"x()\">x</div>", "event-handler attribute 'onmouseover'")]
    [InlineData("<p>x</p>", "<svg><a ONCLICK=\"x()\">x</a></svg>", "event-handler attribute")]
    [InlineData("<script>alert(1)</script>", "<p>x</p>", "inline <script>")]
    [InlineData("<script src=\"../evil.js\"></script>", "<p>x</p>", "not one of the theme's assets")]
    [InlineData("", "<form><button formaction=\"javascript:alert(1)\">x</button></form>", "unsafe URL")]
    [InlineData("", "<blockquote cite=\"vbscript:x\">x</blockquote>", "unsafe URL")]
    public void MarkupTheThemeDidNotWrite_IsRejected(string head, string body, string expected)
    {
        var problem = Assert.Single(Check(Page(head, body)));
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'", "'unsafe-inline'")]
    [InlineData("default-src *; object-src 'none'; base-uri 'self'", "default-src allows *")]
    [InlineData("default-src 'self'; img-src https://tracker.example; object-src 'none'; base-uri 'self'", "img-src allows")]
    [InlineData("default-src 'self'; base-uri 'self'", "object-src")]
    [InlineData("default-src 'self'; object-src 'none'", "base-uri")]
    [InlineData("script-src 'self'", "default-src")]
    public void CspWeakerThanTheSitesOwn_IsRejected(string policy, string expected)
    {
        var problem = Assert.Single(Check(Page(string.Empty, "<p>x</p>", policy)));
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameMistakeOnManyPages_IsOneMessageCountingThem()
    {
        var files = Enumerable.Range(1, 5).Select(i => OutputFile.Text($"p{i}/index.html", Page(string.Empty, "<p onclick=\"x()\">x</p>"))).ToList();
        var diagnostics = new DiagnosticBag();
        OutputChecker.Check(files, diagnostics);
        var problem = Assert.Single(diagnostics.All);
        Assert.Equal("p1/index.html", problem.File);
        Assert.Contains("(and on 4 other pages)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThemeAssetLinkedToAFileOutsideTheTheme_IsSite027_AndNotPublished()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        var secret = Path.Combine(site.Root, "secret.txt");
        File.WriteAllText(secret, "mật khẩu");
        File.CreateSymbolicLink(Path.Combine(site.Root, "theme", "assets", "leak.css"), secret);
        site.BuildExpectingError();
        Assert.Contains("leaves theme/assets/", site.AssertDiagnostic("SITE027", "theme/assets/leak.css").Message, StringComparison.Ordinal);
        site.Build(write: false);
        Assert.False(File.Exists(Path.Combine(site.Output, "assets", "leak.css")));
    }

    [Fact]
    public void ThemeAssetFolderLinkedToItsParent_IsALoop_AndTheBuildEnds()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "theme", "assets", "again"), Path.Combine(site.Root, "theme", "assets"));
        site.BuildExpectingError();
        Assert.Contains("loop", site.AssertDiagnostic("SITE027", "theme/assets/again").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../escaped")]
    [InlineData("2099-01")]
    public void NewPageInAnEditionThatIsNotThere_IsRefused_AndNothingIsWritten(string edition)
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        var before = Directory.EnumerateFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Count();
        var refused = Assert.Throws<Site.Diagnostics.RequestRefusedException>(() => PageScaffolder.Create(site.Input, "movement", "giao-duc", edition));
        Assert.Contains("2022-05", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(site.Root, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void NewPage_IsCreatedInEachLanguageOfSiteYml()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        var created = PageScaffolder.Create(site.Input, "movement", "giao-duc", "2022-05");
        Assert.Equal(["giao-duc.vi.md", "giao-duc.en.md"], created.Select(Path.GetFileName));
    }

    [Fact]
    public void MarkupAndControlCharactersInAnEditionTitle_LeaveFeedsAndSitemapWellFormed_WithTheTitleAsText()
    {
        using var site = TestSite.Create(HostileSites.WithPage.Replace("Báo cáo thử", "Báo cáo \\\"<b>&'\u0007x", StringComparison.Ordinal));
        site.BuildExpectingSuccess();
        site.AssertDiagnostic("SITE004", "input/editions/2022-05/edition.yml", 1);
        foreach (var xml in new[] { "vi/feed.xml", "en/feed.xml", "sitemap.xml" })
        {
            var document = System.Xml.Linq.XDocument.Parse(site.ReadOutput(xml));
            Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "b");
        }

        Assert.Contains(System.Xml.Linq.XDocument.Parse(site.ReadOutput("vi/feed.xml")).Descendants().Select(e => e.Value), v => v.Contains("Báo cáo \"<b>&'x", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Diagnostic> Check(string html)
    {
        var diagnostics = new DiagnosticBag();
        OutputChecker.Check([OutputFile.Text("vi/index.html", html), OutputFile.Text("assets/site.js", ""), OutputFile.Text("evil.js", "")], diagnostics);
        return diagnostics.All;
    }
}
