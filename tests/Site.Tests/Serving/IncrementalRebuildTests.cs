using System.Collections.Concurrent;
using Site.Diagnostics;
using Site.Output;
using Site.Build;
using Site.Checking;
using Site.Preview;
using Site.Tests.Support;

namespace Site.Tests.Serving;

/// <summary>`serve` rewrites only what changed and reuses the check of unchanged pages; the result must equal a clean build.</summary>
public class IncrementalRebuildTests
{
    private const string TwoPages = ServingSites.WithAboutPage + """

        -- input/pages/contact.vi.md --
        ---
        title: "Liên hệ"
        summary: "Trang liên hệ."
        ---

        Gọi cho chúng tôi.
        """;

    [Fact]
    public void Rebuild_WritesTheEditedPage_LeavesOthersUntouched_DeletesRemovedPages_AndEqualsACleanBuild()
    {
        using var site = TestSite.Create(TwoPages);
        var server = new PreviewServer(new BuildOptions { InputDirectory = site.Input, ThemeDirectory = Path.Combine(site.Root, "theme"), OutputDirectory = site.Output }, _ => { });
        server.Rebuild("start");
        var contact = Path.Combine(site.Output, "vi/contact/index.html");
        var about = Path.Combine(site.Output, "vi/about/index.html");
        var contactWritten = File.GetLastWriteTimeUtc(contact);
        File.SetLastWriteTimeUtc(contact, contactWritten.AddHours(-1)); // a rewrite would move it back to now

        File.WriteAllText(Path.Combine(site.Input, "pages/about.vi.md"), "---\ntitle: \"Giới thiệu\"\nsummary: \"Trang.\"\n---\n\nPhiên bản hai.\n");
        server.Rebuild("edit");
        Assert.Contains("Phiên bản hai.", File.ReadAllText(about), StringComparison.Ordinal);
        Assert.Equal(contactWritten.AddHours(-1), File.GetLastWriteTimeUtc(contact));

        File.Delete(Path.Combine(site.Input, "pages/about.vi.md"));
        server.Rebuild("delete");
        Assert.False(File.Exists(about), "a page whose source was deleted must leave the preview");
        Assert.Empty(Directory.EnumerateFiles(site.Output, "*.tmp", SearchOption.AllDirectories));

        var clean = Path.Combine(site.Root, "clean");
        SiteBuilder.Build(new BuildOptions { InputDirectory = site.Input, ThemeDirectory = Path.Combine(site.Root, "theme"), OutputDirectory = clean, LiveReload = true, BaseUrl = "/" });
        Assert.Equal(Snapshot(clean), Snapshot(site.Output));
    }

    [Fact]
    public void CachedPageCheck_StillReportsALinkBrokenByAnotherPage()
    {
        const string head = "<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; object-src 'none'; base-uri 'self'\"></head><body>";
        var linking = OutputFile.Text("a.html", head + "<a href=\"b.html#x\">b</a></body></html>");
        var cache = new ConcurrentDictionary<string, (string, PageCheck)>(StringComparer.Ordinal);
        var first = new DiagnosticBag();
        OutputChecker.Check([linking, OutputFile.Text("b.html", head + "<h2 id=\"x\">x</h2></body></html>")], first, cache);
        Assert.Empty(first.All);

        var second = new DiagnosticBag();
        OutputChecker.Check([linking, OutputFile.Text("b.html", head + "<h2 id=\"y\">y</h2></body></html>")], second, cache);
        var broken = Assert.Single(second.All);
        Assert.Equal("a.html", broken.File);
        Assert.Contains("broken anchor '#x'", broken.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The check of changed pages alone (serve, after an edit) says what the whole check says, or declines: a changed
    /// page's own broken link is reported as the whole check reports it; a changed page that lost an id another page
    /// links to makes it decline (the other page's link is not re-read); a page that only gained an id is fine.
    /// </summary>
    [Fact]
    public void CheckOfChangedPages_SaysWhatTheWholeCheckSays_OrDeclines()
    {
        const string head = "<!doctype html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; object-src 'none'; base-uri 'self'\"></head><body>";
        var a = OutputFile.Text("a.html", head + "<a href=\"b.html#x\">b</a></body></html>");
        var b = OutputFile.Text("b.html", head + "<h2 id=\"x\">x</h2></body></html>");
        var cache = new ConcurrentDictionary<string, (string, PageCheck)>(StringComparer.Ordinal);
        OutputChecker.Check([a, b], new DiagnosticBag(), cache);

        var gained = OutputFile.Text("b.html", head + "<h2 id=\"x\">x</h2><h2 id=\"y\">y</h2></body></html>");
        var none = new DiagnosticBag();
        Assert.True(OutputChecker.CheckChanged([gained], p => p is "a.html" or "b.html", none, cache));
        Assert.Empty(none.All);

        var broken = OutputFile.Text("b.html", head + "<h2 id=\"x\">x</h2><h2 id=\"y\">y</h2><a href=\"c.html\">c</a><a href=\"a.html#z\">z</a></body></html>");
        var some = new DiagnosticBag();
        Assert.True(OutputChecker.CheckChanged([broken], p => p is "a.html" or "b.html", some, cache));
        var whole = new DiagnosticBag();
        OutputChecker.Check([a, broken], whole, new ConcurrentDictionary<string, (string, PageCheck)>(StringComparer.Ordinal));
        Assert.Equal(2, whole.All.Count);
        Assert.Equal(whole.All, some.All);

        var lost = OutputFile.Text("b.html", head + "<h2 id=\"y\">y</h2></body></html>");
        var declined = new DiagnosticBag();
        Assert.False(OutputChecker.CheckChanged([lost], p => p is "a.html" or "b.html", declined, cache));
        Assert.Empty(declined.All);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
