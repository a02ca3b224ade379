using AngleSharp.Html.Parser;
using Site.Diagnostics;
using Site.Build;
using Site.Tests.Support;

namespace Site.Tests.RealSite;

/// <summary>The real site (built once per run) with the text of every page read.</summary>
public sealed class RealSiteFixture
{
    public RealSiteFixture()
    {
        Output = RealSiteBuild.Output;
        Result = RealSiteBuild.Result;
        var parser = new HtmlParser();
        foreach (var file in Directory.Exists(Output) ? Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories) : [])
        {
            var relative = Path.GetRelativePath(Output, file).Replace('\\', '/');
            var document = parser.ParseDocument(File.ReadAllText(file));

            // The site's numbered marks beside a figure point to its notes: they are not the report's words.
            foreach (var mark in document.QuerySelectorAll(".audit-mark, .uncertain-mark").ToList())
            {
                mark.Remove();
            }

            MainText[relative] = document.QuerySelector("main")?.TextContent ?? string.Empty;
            Language[relative] = document.DocumentElement.GetAttribute("lang") ?? string.Empty;
        }
    }

    public string Output { get; }

    public BuildResult Result { get; }

    /// <summary>The text of each page's main element, by output path.</summary>
    public Dictionary<string, string> MainText { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Language { get; } = new(StringComparer.Ordinal);
}
