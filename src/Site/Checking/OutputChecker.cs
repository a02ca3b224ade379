using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using Site.Build;
using Site.Markdown;

namespace Site.Checking;

/// <summary>
/// The Check stage: reads every built page with AngleSharp and proves that each internal link, anchor, image and
/// download exists, that no unsafe URL or foreign resource slipped through, and that ids are unique.
/// </summary>
public static class OutputChecker
{
    public static void Check(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var anchors = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new ConcurrentBag<(string From, string Target, string Fragment)>();
        var parser = new HtmlParser();
        Parallel.ForEach(files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)), file =>
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in document.QuerySelectorAll("[id]"))
            {
                if (!ids.Add(element.Id!))
                {
                    diagnostics.Error(DiagnosticCodes.OutputCheck, file.Path, SourcePosition.Start, $"the id '{element.Id}' is used twice on this page", null);
                }
            }

            anchors[file.Path] = ids;
            if (document.QuerySelector("meta[http-equiv='Content-Security-Policy']") is null)
            {
                diagnostics.Error(DiagnosticCodes.OutputCheck, file.Path, SourcePosition.Start, "the page has no Content-Security-Policy", "Keep the CSP meta tag in theme/layouts/base.liquid.");
            }

            foreach (var element in document.QuerySelectorAll("[href], [src], [action], [srcset], [poster]"))
            {
                foreach (var attribute in new[] { "href", "src", "action", "poster" })
                {
                    if (element.GetAttribute(attribute) is not { } url)
                    {
                        continue;
                    }

                    var loads = attribute != "href" || element.LocalName == "link" && element.GetAttribute("rel") is "stylesheet" or "icon" or "preload" or "manifest";
                    CheckUrl(file.Path, url, loads, links, diagnostics);
                }
            }
        });

        foreach (var (from, target, fragment) in links)
        {
            var path = target.EndsWith('/') || target.Length == 0 ? target + "index.html" : target;
            if (!paths.Contains(path))
            {
                diagnostics.Error(DiagnosticCodes.OutputCheck, from, SourcePosition.Start, $"broken link to '/{target}'", "The page it points to is not part of the site.");
            }
            else if (fragment.Length > 0 && anchors.TryGetValue(path, out var ids) && !ids.Contains(Uri.UnescapeDataString(fragment)))
            {
                diagnostics.Error(DiagnosticCodes.OutputCheck, from, SourcePosition.Start, $"broken anchor '#{fragment}' on '/{target}'", null);
            }
        }
    }

    private static void CheckUrl(string from, string url, bool loads, ConcurrentBag<(string, string, string)> links, DiagnosticBag diagnostics)
    {
        if (!SafeUrlPolicy.IsSafe(url))
        {
            diagnostics.Error(DiagnosticCodes.UnsafeUrl, from, SourcePosition.Start, $"unsafe URL '{url}' in the output", null);
            return;
        }

        if (SafeUrlPolicy.IsExternal(url))
        {
            if (loads)
            {
                diagnostics.Error(DiagnosticCodes.ExternalImage, from, SourcePosition.Start, $"the page loads '{url}' from another host", "Every resource must come from the site itself.");
            }

            return;
        }

        if (SafeUrlPolicy.Scheme(url) is not null || url.StartsWith('/'))
        {
            return; // mailto:, tel:, and the 404 page's base-path links are checked elsewhere.
        }

        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? url[(hash + 1)..] : string.Empty;
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        links.Add((from, Resolve(from, path), fragment));
    }

    /// <summary>A relative link resolved against the page's folder, as a site-relative path.</summary>
    public static string Resolve(string fromFile, string relative)
    {
        var segments = fromFile.Split('/').SkipLast(1).ToList();
        if (relative.Length == 0)
        {
            return fromFile;
        }

        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (part != ".")
            {
                segments.Add(part);
            }
        }

        var path = string.Join('/', segments.Where(s => s.Length > 0));
        return relative.EndsWith('/') && path.Length > 0 ? path + "/" : path;
    }
}
