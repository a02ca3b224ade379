using Site.Diagnostics;
using Site.Output;
using Site.Content;
using Site.Linking;

namespace Site.Checking;

/// <summary>
/// The promise to press offices: every address in published-urls.txt still serves a page (or a redirect from an
/// alias). A build that would break one fails and names the address and the page that used to live there.
/// </summary>
public static class PublishedUrlGuard
{
    /// <param name="unreadable">Input files whose errors were reported (see <see cref="ContentSet.Unreadable"/>): their addresses are not reported again.</param>
    /// <param name="paths">Every file of the built site, by its path in the output folder.</param>
    public static void Check(IReadOnlyList<PublishedUrl> published, IReadOnlySet<string> paths, DiagnosticBag diagnostics, IReadOnlySet<string>? unreadable = null)
    {
        foreach (var entry in published.Where(e => unreadable is null || !unreadable.Any(u => e.Source.EndsWith("/" + u, StringComparison.Ordinal))))
        {
            if (!paths.Contains(UrlScheme.OutputFile(entry.Url)))
            {
                var source = entry.Source.Length > 0 ? $" (it was {entry.Source})" : string.Empty;
                diagnostics.Error(DiagnosticCodes.PublishedUrlMissing, entry.ListFile, new SourcePosition(entry.Line, 1),
                    $"the published address /{entry.Url} would no longer exist{source}",
                    $"Restore the page, or add the old address to the 'aliases' of the page that replaces it.");
            }
        }
    }

    /// <summary>The list as it should be after this build: what was published before, plus every page and alias now.</summary>
    public static string Merge(IReadOnlyList<PublishedUrl> published, SiteModel model)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in published)
        {
            entries[entry.Url] = entry.Source;
        }

        foreach (var page in model.Pages)
        {
            foreach (var url in page.Aliases.Prepend(page.Url))
            {
                entries.TryAdd(url, page.SourcePath ?? $"(generated: {page.Key}.{page.Language})");
            }
        }

        var text = new System.Text.StringBuilder();
        text.Append("# Every address this site has published. A build fails if one of them would stop working.\n");
        text.Append("# Kept by `site urls`; review changes to this file like any other. Format: URL  source-file\n");
        foreach (var (url, source) in entries)
        {
            text.Append('/').Append(url).Append("  ").Append(source.Replace(' ', '_')).Append('\n');
        }

        return text.ToString();
    }
}
