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
