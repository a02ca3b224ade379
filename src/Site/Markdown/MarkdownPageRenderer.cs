using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Diagnostics;
using Site.Linking;
using Site.Text;

namespace Site.Markdown;

/// <summary>
/// Renders one page's Markdown: stable Vietnamese-aware heading anchors, links between pages by source path,
/// unsafe URLs refused, raw HTML escaped unless allowed, figures resolved against the tables.
/// </summary>
public sealed partial class MarkdownPageRenderer
{
    private const int LargePageBytes = 1024 * 1024;

    private readonly MarkdownPipeline _pipeline;
    private readonly SiteModel _model;
    private readonly FigureResolver _figures;
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _allowHtml;

    public MarkdownPageRenderer(MarkdownPipeline pipeline, SiteModel model, DiagnosticBag diagnostics)
    {
        _pipeline = pipeline;
        _model = model;
        _diagnostics = diagnostics;
        _figures = new FigureResolver(model, diagnostics);
        _allowHtml = model.Content.Config.AllowHtml;
    }

    /// <summary>After every page has rendered: the confirmations of prose figures that no page cites any more.</summary>
    public void ReportUnusedConfirmations() => _figures.ReportUnusedConfirmations();

    public RenderedMarkdown Render(LinkedPage page)
    {
        var source = page.Source!;
        var file = source.File.DisplayPath;
        if (source.Body.Length > LargePageBytes)
        {
            _diagnostics.Warning(DiagnosticCodes.LargePage, file, SourcePosition.Start,
                $"the page is large ({source.Body.Length / 1024} KB of text); readers on phones will wait for it", "Consider splitting it into several pages.");
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(source.Body, _pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("deep", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("nest", StringComparison.OrdinalIgnoreCase))
        {
            _diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, file, SourcePosition.Start,
                "the page nests lists or quotes too deeply to be read", "Flatten the nesting to a few levels.");
            return new RenderedMarkdown(string.Empty, [], []);
        }

        SourcePosition At(MarkdownObject node) => new(source.BodyLineOffset + node.Line + 1, node.Column + 1);
        var headings = new List<TocEntry>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var figures = new List<FigureInline>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    var text = InlineText(heading.Inline);
                    var id = UniqueId(Slugifier.Slugify(text), usedIds);
                    heading.GetAttributes().Id = id;
                    if (heading.Level is 2 or 3)
                    {
                        headings.Add(new TocEntry(id, text, heading.Level));
                    }

                    break;
                case LinkInline link:
                    link.Url = CheckUrl(link.Url ?? string.Empty, link.IsImage, page, file, At(link));
                    break;
                case AutolinkInline autolink:
                    autolink.Url = CheckUrl(autolink.Url, isImage: false, page, file, At(autolink));
                    break;
                case FigureInline figure:
                    _figures.Resolve(figure, page, file, At(figure));
                    figures.Add(figure);
                    break;
                case HtmlBlock or HtmlInline when !_allowHtml:
                    _diagnostics.Warning(DiagnosticCodes.RawHtml, file, At(node),
                        "raw HTML is shown as text, not run", "Use Markdown instead, or set allow_html: true in site.yml.");
                    break;
            }
        }

        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        if (!_allowHtml)
        {
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
            renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        }

        renderer.Render(document);
        var html = writer.ToString();
        return new RenderedMarkdown(html, headings, figures);
    }

    /// <summary>The text of the HTML, for search and word counts.</summary>
    public static string PlainText(string html) =>
        WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(html, " "), " ")).Trim();

    private string CheckUrl(string url, bool isImage, LinkedPage page, string file, SourcePosition at)
    {
        if (!SafeUrlPolicy.IsSafe(url))
        {
            _diagnostics.Error(DiagnosticCodes.UnsafeUrl, file, at,
                $"the link target '{Shorten(url)}' uses the '{SafeUrlPolicy.Scheme(url)}:' scheme, which is never published",
                "Link to an http(s) address or to another page of the site.");
            return "#";
        }

        if (SafeUrlPolicy.IsExternal(url))
        {
            if (isImage)
            {
                _diagnostics.Error(DiagnosticCodes.ExternalImage, file, at,
                    $"the image '{Shorten(url)}' is on another host; the site loads nothing from elsewhere", "Save the image into the site and link to it there.");
                return "#";
            }

            return url;
        }

        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? url[hash..] : string.Empty;
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? ResolvePageLink(path, fragment, page, file, at) : url;
    }

    private string ResolvePageLink(string path, string fragment, LinkedPage page, string file, SourcePosition at)
    {
        var source = page.Source!;
        var directory = source.File.RelativePath.Contains('/') ? source.File.RelativePath[..source.File.RelativePath.LastIndexOf('/')] : string.Empty;
        var segments = new List<string>(path.StartsWith('/') ? [] : directory.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in Uri.UnescapeDataString(path).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    _diagnostics.Error(DiagnosticCodes.UnsafePath, file, at, $"the link '{path}' leads outside input/", "Link to a page inside input/.");
                    return "#";
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        var key = string.Join('/', segments)[..^3];
        var languageSuffix = _model.Languages.FirstOrDefault(l => key.EndsWith("." + l, StringComparison.Ordinal));
        if (languageSuffix is not null)
        {
            key = key[..^(languageSuffix.Length + 1)];
        }

        var target = _model.Find(key, page.Language) ?? _model.Languages.Select(l => _model.Find(key, l)).FirstOrDefault(p => p is not null);
        if (target is not null)
        {
            return _model.Urls.Link(page.Url, target.Url) + fragment;
        }

        var keys = _model.Pages.Where(p => p.Source is not null).Select(p => p.Key).Distinct().ToList();
        var caseMatch = keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
        if (caseMatch is not null)
        {
            _diagnostics.Error(DiagnosticCodes.LinkCaseMismatch, file, at,
                $"the link '{path}' differs only in letter case from '{caseMatch}.md'", "Match the file name's case exactly: the published site is case-sensitive.");
            return "#";
        }

        var folder = key.Contains('/') ? key[..(key.LastIndexOf('/') + 1)] : string.Empty;
        var siblings = keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal) && !k[folder.Length..].Contains('/')).Select(k => k[folder.Length..]);
        var suggestion = Suggestions.Closest(key[folder.Length..], siblings);
        _diagnostics.Error(DiagnosticCodes.BrokenLink, file, at, $"the link '{path}' points to no page" + (suggestion is null ? string.Empty : $" (did you mean '{suggestion}.md'?)"),
            "Link to a page by its path relative to this file, e.g. ../movements/covid-19.md.");
        return "#";
    }

    private static string UniqueId(string slug, HashSet<string> used)
    {
        var id = slug.Length == 0 ? "section" : slug;
        var candidate = id;
        for (var i = 2; !used.Add(candidate); i++)
        {
            candidate = $"{id}-{i}";
        }

        return candidate;
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case FigureInline figure:
                    builder.Append(figure.Printed ?? figure.Reference);
                    break;
            }
        }

        return builder.ToString().Trim();
    }

    private static string Shorten(string url) => url.Length > 60 ? url[..57] + "…" : url;

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
