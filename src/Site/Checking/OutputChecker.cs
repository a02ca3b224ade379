using System.Collections.Concurrent;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using Site.Diagnostics;
using Site.Output;
using Site.Markdown;

namespace Site.Checking;

/// <summary>
/// The Check stage: reads every built page with AngleSharp's tokenizer and proves that each internal link, anchor, image and
/// download exists, that no unsafe URL or foreign resource slipped through, and that ids are unique.
/// </summary>
public static class OutputChecker
{
    /// <param name="cache">
    /// What earlier builds found in each page, by path and content hash (`serve` keeps one): a page whose bytes did
    /// not change is not read again; links between pages are always resolved anew.
    /// </param>
    /// <param name="basePath">The path the site is published under ("/repo/"): a link starting with it is checked as an address of the site; any other starting with '/' leads outside the site.</param>
    public static void Check(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics, ConcurrentDictionary<string, (string ContentHash, PageCheck Check)>? cache = null,
        string basePath = "/")
    {
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var pages = new ConcurrentDictionary<string, PageCheck>(StringComparer.Ordinal);
        var kept = new ConcurrentDictionary<string, (string, PageCheck)>(StringComparer.Ordinal);
        Parallel.ForEach(files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)), file =>
        {
            PageCheck page;
            if (cache is null)
            {
                page = Analyze(file, basePath); // A one-off build hashes nothing.
            }
            else
            {
                page = cache.TryGetValue(file.Path, out var known) && known.ContentHash == file.ContentHash ? known.Check : Analyze(file, basePath);
                kept[file.Path] = (file.ContentHash, page);
            }

            pages[file.Path] = page;
        });
        if (cache is not null)
        {
            cache.Clear();
            foreach (var (path, entry) in kept)
            {
                cache[path] = entry;
            }
        }

        Resolve(pages, paths, diagnostics);
    }

    /// <summary>
    /// Reports what <see cref="Analyze"/> found in each page, and every link or anchor that leads nowhere among
    /// <paramref name="paths"/> (every file of the site) and the pages' ids.
    /// </summary>
    public static void Resolve(IReadOnlyDictionary<string, PageCheck> pages, IReadOnlySet<string> paths, DiagnosticBag diagnostics)
    {
        ReportOncePerMistake(pages.Values.SelectMany(p => p.Problems), diagnostics);
        Parallel.ForEach(pages, entry =>
        {
            var (from, page) = entry;
            foreach (var (target, fragment) in page.Links)
            {
                var path = target.EndsWith('/') || target.Length == 0 ? target + "index.html" : target;
                if (!paths.Contains(path))
                {
                    diagnostics.Error(DiagnosticCodes.OutputCheck, from, SourcePosition.Start, $"broken link to '/{target}'", $"The page it points to is not part of the site.");
                }
                // A text fragment (#:~:text=…) names words on the page, not an element: the browser finds them or opens the page.
                else if (fragment.Length > 0 && !fragment.StartsWith(":~:", StringComparison.Ordinal) && pages.TryGetValue(path, out var linked)
                    && !linked.Ids.Contains(Uri.UnescapeDataString(fragment)))
                {
                    diagnostics.Error(DiagnosticCodes.OutputCheck, from, SourcePosition.Start, $"broken anchor '#{fragment}' on '/{target}'", null);
                }
            }
        });
    }

    /// <summary>
    /// `serve`'s check after an edit, when the last check of this output found nothing and every file other than
    /// <paramref name="changed"/> kept its bytes and every path stayed: reads the changed pages (through the cache),
    /// reports what is wrong in them and resolves their links. Links of the other pages were resolved by the last
    /// check against the same paths; each changed page still has every id it had then, so those links still resolve.
    /// Returns false, having reported nothing, when that cannot be shown (a changed page lost an id, or the cache does
    /// not know a page): then <see cref="Check"/> the whole output.
    /// </summary>
    /// <param name="exists">Whether a path is part of the output.</param>
    /// <param name="cache">What the last check found in each page: it must have checked every page of the output.</param>
    public static bool CheckChanged(IReadOnlyList<OutputFile> changed, Func<string, bool> exists, DiagnosticBag diagnostics,
        ConcurrentDictionary<string, (string ContentHash, PageCheck Check)> cache, string basePath = "/")
    {
        var pages = new List<(string Path, string ContentHash, PageCheck Check)>();
        foreach (var file in changed.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            if (!cache.TryGetValue(file.Path, out var known))
            {
                return false;
            }

            var page = known.ContentHash == file.ContentHash ? known.Check : Analyze(file, basePath);
            if (!known.Check.Ids.IsSubsetOf(page.Ids))
            {
                return false;
            }

            pages.Add((file.Path, file.ContentHash, page));
        }

        var broken = new List<(string From, Translatable Message, Translatable? Hint)>();
        foreach (var (from, _, page) in pages)
        {
            foreach (var (target, fragment) in page.Links)
            {
                var path = target.EndsWith('/') || target.Length == 0 ? target + "index.html" : target;
                if (!exists(path))
                {
                    broken.Add((from, $"broken link to '/{target}'", $"The page it points to is not part of the site."));
                }
                else if (fragment.Length > 0 && !fragment.StartsWith(":~:", StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal))
                {
                    var linked = pages.FirstOrDefault(p => p.Path == path).Check ?? (cache.TryGetValue(path, out var known) ? known.Check : null);
                    if (linked is null)
                    {
                        return false; // Not known: the last check did not read every page.
                    }

                    if (!linked.Ids.Contains(Uri.UnescapeDataString(fragment)))
                    {
                        broken.Add((from, $"broken anchor '#{fragment}' on '/{target}'", null));
                    }
                }
            }
        }

        foreach (var (path, hash, page) in pages)
        {
            cache[path] = (hash, page);
        }

        ReportOncePerMistake(pages.SelectMany(p => p.Check.Problems), diagnostics);
        foreach (var (from, message, hint) in broken)
        {
            diagnostics.Error(DiagnosticCodes.OutputCheck, from, SourcePosition.Start, message, hint);
        }

        return true;
    }

    /// <summary>
    /// The same problem on many pages is one mistake in a layout or a shared string: one message, at the first page,
    /// with how many others have it.
    /// </summary>
    private static void ReportOncePerMistake(IEnumerable<Diagnostic> problems, DiagnosticBag diagnostics)
    {
        foreach (var same in problems.GroupBy(p => (p.Code, p.Text, p.HintText)))
        {
            var first = same.MinBy(p => p.File, StringComparer.Ordinal)!;
            var others = same.Select(p => p.File).Distinct(StringComparer.Ordinal).Count() - 1;
            diagnostics.Add(others == 0 ? first : first with { Text = AndOnOtherPages(first.Text, others) });
        }
    }

    private static Translatable AndOnOtherPages(Translatable problem, int others)
    {
        if (others == 1)
        {
            return $"{problem} (and on 1 other page)";
        }

        return $"{problem} (and on {others} other pages)";
    }

    /// <summary>What one page holds and what is wrong with it on its own; links to other pages are resolved by <see cref="Resolve"/>.</summary>
    public static PageCheck Analyze(OutputFile file, string basePath)
    {
        var page = new PageCheck();
        var hasCsp = false;
        VisitStartTags(System.Text.Encoding.UTF8.GetString(file.Content), (name, attributes) =>
        {
            MarkupSafety.Inspect(file.Path, name, attributes, page);
            if (attributes.TryGetValue("id", out var id) && !page.Ids.Add(id))
            {
                page.Problem(DiagnosticCodes.OutputCheck, file.Path, $"the id '{id}' is used twice on this page");
            }

            if (name == "meta" && attributes.TryGetValue("http-equiv", out var equiv) && equiv.Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            {
                hasCsp = true;
                if (MarkupSafety.CspProblem(attributes.GetValueOrDefault("content") ?? string.Empty) is { } weaker)
                {
                    page.Problem(DiagnosticCodes.UnsafeMarkup, file.Path, $"the page's Content-Security-Policy is not the site's own: {weaker}",
                        $"Keep the CSP meta tag of theme/layouts/base.liquid as it is.");
                }
            }

            foreach (var attribute in UrlAttributes)
            {
                if (!attributes.TryGetValue(attribute, out var url))
                {
                    continue;
                }

                var loads = attribute != "href" || name == "link" && attributes.GetValueOrDefault("rel") is "stylesheet" or "icon" or "preload" or "manifest";
                CheckUrl(file.Path, url, loads, page, basePath);
            }
        });

        if (!hasCsp)
        {
            page.Problem(DiagnosticCodes.OutputCheck, file.Path, $"the page has no Content-Security-Policy", $"Keep the CSP meta tag in theme/layouts/base.liquid.");
        }

        return page;
    }

    private static readonly string[] UrlAttributes = ["href", "src", "action", "poster"];

    /// <summary>The attributes the check reads; the tokenizer keeps no others, which saves most of its allocations.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CheckedAttributes =
        new HashSet<string>(["id", "href", "src", "action", "poster", "rel", "http-equiv"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Calls <paramref name="visit"/> with each element of a page that has an attribute the check reads, as the DOM
    /// would hold it, from AngleSharp's tokenizer alone (building the whole tree cost most of the check). Tokens are
    /// read as structs, without the class token each would otherwise become. Raw-text elements switch the tokenizer's
    /// state as the tree builder would; the first of two same-named attributes wins; elements inside
    /// &lt;template&gt; are not part of the document, as in the DOM. The dictionary is reused from tag to tag.
    /// </summary>
    private static void VisitStartTags(string html, Action<string, Dictionary<string, string>> visit)
    {
        // A read-only source over the string: the default one copies the page into a StringBuilder and reads it
        // back a character at a time, which made tokenizing twice as slow (measured on 3,000 pages: 526 ms against 274).
        var tokenizer = new HtmlTokenizer(new TextSource(new ReadOnlyMemoryTextSource(html.AsMemory())), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipScriptText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
            ShouldEmitAttribute = (ref _, name) => CheckedAttributes.Contains(name.Span) || MarkupSafety.Reads(name.Span),
        };
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var inTemplate = 0;
        for (ref var token = ref tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = ref tokenizer.GetStructToken())
        {
            var name = token.Name.Memory.Span;
            if (token.Type == HtmlTokenType.EndTag && name is "template" && inTemplate > 0)
            {
                inTemplate--;
            }

            if (token.Type != HtmlTokenType.StartTag)
            {
                continue;
            }

            tokenizer.State = name switch
            {
                "script" => HtmlParseMode.Script,
                "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                "textarea" or "title" => HtmlParseMode.RCData,
                "plaintext" => HtmlParseMode.Plaintext,
                _ => HtmlParseMode.PCData,
            };
            if (name is "template")
            {
                inTemplate++;
                continue;
            }

            if (inTemplate > 0 || (token.Attributes.Count == 0 && name is not "script"))
            {
                continue;
            }

            attributes.Clear();
            for (var i = 0; i < token.Attributes.Count; i++)
            {
                var attribute = token.Attributes[i];
                attributes.TryAdd(attribute.Name.ToString(), attribute.Value.ToString());
            }

            visit(name.ToString(), attributes);
        }
    }

    private static void CheckUrl(string from, string url, bool loads, PageCheck page, string basePath)
    {
        if (!SafeUrlPolicy.IsSafe(url))
        {
            page.Problem(DiagnosticCodes.UnsafeUrl, from, $"unsafe URL '{url}' in the output");
            return;
        }

        if (SafeUrlPolicy.IsExternal(url))
        {
            if (loads)
            {
                page.Problem(DiagnosticCodes.ExternalImage, from, $"the page loads '{url}' from another host", $"Every resource must come from the site itself.");
            }

            return;
        }

        if (SafeUrlPolicy.Scheme(url) is not null)
        {
            return; // mailto: and tel:.
        }

        if (url.StartsWith('/'))
        {
            if (!url.StartsWith(basePath, StringComparison.Ordinal))
            {
                page.Problem(DiagnosticCodes.OutputCheck, from, $"the link '{url}' leads outside the site, which is published under '{basePath}'",
                    $"Write links relative to the page; only the 404 page's links start with the base path.");
                return;
            }

            // The 404 page's links, absolute under the base path: checked from the site's root.
            from = "index.html";
            url = url[basePath.Length..];
        }

        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? url[(hash + 1)..] : string.Empty;
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        page.Links.Add((OutputPaths.Resolve(from, path), fragment));
    }
}
