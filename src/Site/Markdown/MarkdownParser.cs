using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Content;
using Site.Diagnostics;
using Site.Text;

namespace Site.Markdown;

/// <summary>
/// The Parse stage: every page's Markdown through Markdig once, before linking. Gives each heading its stable,
/// Vietnamese-aware anchor and collects what the Link stage must resolve, at its line and column in the .md file
/// (front matter included). What is wrong with the text alone (nesting, size, raw HTML) is reported here.
/// </summary>
public sealed class MarkdownParser
{
    private const int LargePageBytes = 1024 * 1024;

    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();
    private readonly bool _allowHtml;
    private readonly DiagnosticBag _diagnostics;

    public MarkdownParser(bool allowHtml, DiagnosticBag diagnostics)
    {
        _allowHtml = allowHtml;
        _diagnostics = diagnostics;
    }

    /// <summary>Every page's body, in parallel; a page whose Markdown cannot be read has none.</summary>
    public static IReadOnlyDictionary<PageSource, ParsedMarkdown> ParseAll(IReadOnlyList<PageSource> pages, bool allowHtml, DiagnosticBag diagnostics)
    {
        var parser = new MarkdownParser(allowHtml, diagnostics);
        var parsed = pages.AsParallel().Select(page => (Page: page, Body: parser.Parse(page))).ToList();
        var bodies = new Dictionary<PageSource, ParsedMarkdown>(ReferenceEqualityComparer.Instance);
        foreach (var (page, body) in parsed.Where(p => p.Body is not null))
        {
            bodies[page] = body!;
        }

        return bodies;
    }

    public ParsedMarkdown? Parse(PageSource source)
    {
        var file = source.File.DisplayPath;
        if (source.Body.Length > LargePageBytes)
        {
            _diagnostics.Warning(DiagnosticCodes.LargePage, file, SourcePosition.Start,
                $"the page is large ({source.Body.Length / 1024} KB of text); readers on phones will wait for it", $"Consider splitting it into several pages.");
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(source.Body, _pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("deep", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("nest", StringComparison.OrdinalIgnoreCase))
        {
            _diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, file, new SourcePosition(source.BodyLineOffset + FirstLineTooDeep(source.Body), 1),
                $"the page nests lists or quotes too deeply to be read", $"Flatten the nesting to a few levels.");
            return null;
        }

        SourcePosition At(MarkdownObject node) => new(source.BodyLineOffset + node.Line + 1, node.Column + 1);
        var headings = new List<TocEntry>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<LinkReference>();
        var figures = new List<FigureReference>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    var text = InlineText(heading.Inline);
                    var id = UniqueId(Slugifier.Slugify(text), anchors);
                    heading.GetAttributes().Id = id;
                    if (heading.Level is 2 or 3)
                    {
                        headings.Add(new TocEntry(id, text, heading.Level));
                    }

                    break;
                case Footnote footnote:
                    anchors.Add($"fn:{footnote.Order}");
                    break;
                case LinkInline link:
                    links.Add(new LinkReference(link, At(link)));
                    break;
                case AutolinkInline autolink:
                    links.Add(new LinkReference(autolink, At(autolink)));
                    break;
                case FigureInline figure:
                    figures.Add(new FigureReference(figure, At(figure)));
                    break;
                case FigureNearMissInline nearMiss:
                    _diagnostics.Error(DiagnosticCodes.FigureReference, file, At(nearMiss),
                        $"“{nearMiss.Written}” is not read as a figure reference and would be published as plain text",
                        $"Write it {nearMiss.Suggested}: two braces, then fig in small letters and one space, with no space inside the braces.");
                    break;
                case HtmlBlock or HtmlInline when !_allowHtml:
                    _diagnostics.Warning(DiagnosticCodes.RawHtml, file, At(node),
                        $"raw HTML is shown as text, not run", $"Use Markdown instead, or set allow_html: true in site.yml.");
                    break;
                case HtmlBlock or HtmlInline when RawHtmlInspector.Problem(node is HtmlBlock block ? block.Lines.ToString() : ((HtmlInline)node).Tag) is { } problem:
                    RawHtmlInspector.Refuse(node);
                    _diagnostics.Error(DiagnosticCodes.UnsafeMarkup, file, At(node), $"raw HTML may not run code: {problem}",
                        $"allow_html lets markup through, never scripts, event handlers or javascript: addresses: remove it, or write it in Markdown.");
                    break;
            }
        }

        return new ParsedMarkdown(document, headings, anchors, links, figures);
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

    /// <summary>
    /// The line (1-based, in the body) where the nesting goes too deep: Markdig names no position, so the shortest
    /// run of lines from the top that it refuses ends there. Found by halving over the lines that hold text (a page of
    /// one deep line costs no second parse; a long page a dozen).
    /// </summary>
    private int FirstLineTooDeep(string body)
    {
        var lines = body.Split('\n');
        var texts = Enumerable.Range(0, lines.Length).Where(i => lines[i].Trim().Length > 0).ToList();
        var (low, high) = (0, texts.Count - 1); // Lines up to texts[high] are refused; those before texts[low] are read.
        while (low < high)
        {
            var middle = (low + high) / 2;
            try
            {
                Markdig.Markdown.Parse(string.Join('\n', lines[..(texts[middle] + 1)]), _pipeline);
                low = middle + 1;
            }
            catch (ArgumentException)
            {
                high = middle;
            }
        }

        return texts.Count == 0 ? 1 : texts[high] + 1;
    }
}
