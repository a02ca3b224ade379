using Site.Charts;
using Site.Content;
using Site.Diagnostics;
using Site.Linking;
using Site.Output;
using Site.Publishing;
using Site.Rendering;

namespace Site.Build;

/// <summary>
/// What a successful `serve` build leaves for the next one: the parsed and linked site, the theme, what was drawn,
/// the search text of every page, every file built and every diagnostic, and the snapshot of the inputs it read.
/// <see cref="IncrementalRebuild"/> works from it.
/// </summary>
internal sealed record SiteState(
    BuildOptions Options,
    InputSnapshot Inputs,
    SiteModel Model,
    ThemeTemplates Templates,
    ChartPublisher Charts,
    IReadOnlyDictionary<(PageKey Key, string Language), string> PreviewPaths,
    SearchIndexBuilder Search,
    IReadOnlyDictionary<string, OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary><see cref="Files"/> in path order, when an incremental rebuild made them (it keeps the order up to date rather than sorting anew).</summary>
    public IReadOnlyList<OutputFile>? Sorted { get; init; }

    /// <summary>The size of <see cref="Files"/>, when an incremental rebuild made them (it keeps it up to date).</summary>
    public long? TotalBytes { get; init; }

    /// <summary>A page's preview image, by what the page is (a page re-read after an edit is another record, the same page).</summary>
    public string? PreviewPath(LinkedPage page) => PreviewPaths.GetValueOrDefault((page.Key, page.Language));

    public static IReadOnlyDictionary<(PageKey, string), string> PreviewPathsOf(SiteModel model, PreviewPublisher previews)
    {
        var paths = new Dictionary<(PageKey, string), string>();
        foreach (var page in model.Pages)
        {
            if (previews.PathFor(page) is { } path)
            {
                paths[(page.Key, page.Language)] = path;
            }
        }

        return paths;
    }
}
