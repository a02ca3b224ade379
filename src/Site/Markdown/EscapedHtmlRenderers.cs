using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Markdown;

/// <summary>Raw HTML in a page is shown as text, not run, unless site.yml opts in (allow_html: true).</summary>
public sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<p>");
        renderer.WriteEscape(block.Lines.ToString());
        renderer.WriteLine("</p>");
    }
}

/// <summary>The inline counterpart of <see cref="EscapedHtmlBlockRenderer"/>.</summary>
public sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline) => renderer.WriteEscape(inline.Tag);
}

/// <summary>Raw HTML where site.yml opts in: written as it is, except what <see cref="RawHtmlInspector"/> refused, shown as text.</summary>
public sealed class GuardedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    private readonly HtmlBlockRenderer _raw = new();
    private readonly EscapedHtmlBlockRenderer _escaped = new();

    protected override void Write(HtmlRenderer renderer, HtmlBlock block) =>
        (RawHtmlInspector.IsRefused(block) ? (IMarkdownObjectRenderer)_escaped : _raw).Write(renderer, block);
}

/// <summary>The inline counterpart of <see cref="GuardedHtmlBlockRenderer"/>.</summary>
public sealed class GuardedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline)
    {
        if (RawHtmlInspector.IsRefused(inline))
        {
            renderer.WriteEscape(inline.Tag);
        }
        else
        {
            renderer.Write(inline.Tag);
        }
    }
}
