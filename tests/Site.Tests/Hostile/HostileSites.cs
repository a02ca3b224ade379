using System.Text;
using Site.Diagnostics;
using Site.Build;
using Site.Tests.Support;

namespace Site.Tests.Hostile;

/// <summary>Shared pieces of the hostile-input tests: a site with one plain page, and a snapshot of the previous output.</summary>
internal static class HostileSites
{
    /// <summary>The minimal site plus input/pages/about.vi.md, published at vi/about/.</summary>
    public const string WithPage = TestSite.MinimalSite + """

        -- input/pages/about.vi.md --
        ---
        title: "Giới thiệu"
        summary: "Về trang này."
        ---

        Văn bản.
        """;

    public const string PageOutput = "vi/about/index.html";

    /// <summary>A page file's text: front matter lines 1–3 (---, title, summary), then <paramref name="extra"/>, '---' and the body.</summary>
    public static string Page(string title, string body, string extra = "") =>
        $"---\ntitle: \"{title}\"\nsummary: \"Tóm tắt.\"\n{extra}---\n\n{body}\n";

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <summary>Every file of the output with its bytes, to compare after a failed build.</summary>
    public static Dictionary<string, byte[]> Snapshot(TestSite site) =>
        site.ListOutput().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)), StringComparer.Ordinal);

    public static void AssertUnchanged(TestSite site, Dictionary<string, byte[]> before)
    {
        Assert.NotEmpty(before);
        Assert.Equal(before.Keys.ToList(), site.ListOutput().ToList());
        foreach (var (file, bytes) in before)
        {
            Assert.True(bytes.SequenceEqual(File.ReadAllBytes(Path.Combine(site.Output, file))), $"{file} changed");
        }

        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root).Select(Path.GetFileName), d => d!.StartsWith("_site.", StringComparison.Ordinal));
    }

    /// <summary>Builds a good site, then applies <paramref name="spoil"/> and expects an error that leaves the output as it was.</summary>
    public static BuildResult SpoilAndBuild(TestSite site, Action spoil)
    {
        site.BuildExpectingSuccess();
        var before = Snapshot(site);
        spoil();
        var result = site.BuildExpectingError();
        AssertUnchanged(site, before);
        return result;
    }

    public static string AllOutput(TestSite site) =>
        string.Concat(site.ListOutput().Where(f => !f.EndsWith(".png", StringComparison.Ordinal) && !f.EndsWith(".woff2", StringComparison.Ordinal))
            .Select(f => File.ReadAllText(Path.Combine(site.Output, f))));

    public static IEnumerable<Diagnostic> Errors(BuildResult result) => result.Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>The HTML a page's body renders to, through the build's own Markdown renderer (a build with errors writes nothing).</summary>
    public static string RenderedBody(TestSite site, string sourceSuffix, DiagnosticBag? diagnostics = null)
    {
        diagnostics ??= new DiagnosticBag();
        var content = Site.Loading.ContentLoader.Load(site.Input, null, false, diagnostics)!;
        var model = Site.Linking.SiteLinker.Link(content, Site.Markdown.MarkdownParser.ParseAll(content.Pages, content.Config.AllowHtml, diagnostics), diagnostics);
        var renderer = new Site.Markdown.MarkdownPageRenderer(content.Config.AllowHtml);
        var page = model.Pages.Single(p => p.SourcePath?.EndsWith(sourceSuffix, StringComparison.Ordinal) == true);
        return page.Body is null ? string.Empty : renderer.Render(page.Body, to => model.Urls.Link(page.Url, to)).Html;
    }
}
