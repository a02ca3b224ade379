using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Markdown;

/// <summary>A near miss of the figure syntax is shown as the text the editor wrote (the build has said how to write it).</summary>
public sealed class FigureNearMissInlineRenderer : HtmlObjectRenderer<FigureNearMissInline>
{
    protected override void Write(HtmlRenderer renderer, FigureNearMissInline nearMiss) => renderer.WriteEscape(nearMiss.Written);
}
