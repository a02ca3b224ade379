using AngleSharp.Html.Parser;
using Site.Build;
using Site.Tests.Support;

namespace Site.Tests.RealSite;

/// <summary>Builds the real input/ once (strict) into a temporary folder and reads the text of every page.</summary>
public sealed class RealSiteFixture : IDisposable
{
    public RealSiteFixture()
    {
        Output = Path.Combine(Path.GetTempPath(), "real-site-" + Guid.NewGuid().ToString("N")[..8]);
        Result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = Path.Combine(TestSite.RepositoryRoot, "input"),
            ThemeDirectory = Path.Combine(TestSite.RepositoryRoot, "theme"),
            OutputDirectory = Output,
            Strict = true,
        });
        var parser = new HtmlParser();
        foreach (var file in Directory.Exists(Output) ? Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories) : [])
        {
            var relative = Path.GetRelativePath(Output, file).Replace('\\', '/');
            var document = parser.ParseDocument(File.ReadAllText(file));
            MainText[relative] = document.QuerySelector("main")?.TextContent ?? string.Empty;
            Language[relative] = document.DocumentElement.GetAttribute("lang") ?? string.Empty;
        }
    }

    public string Output { get; }

    public BuildResult Result { get; }

    /// <summary>The text of each page's main element, by output path.</summary>
    public Dictionary<string, string> MainText { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Language { get; } = new(StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Output, recursive: true);
        }
        catch (IOException)
        {
            // Temp output left behind is harmless.
        }
    }
}
