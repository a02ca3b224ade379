using Markdig;
using Markdig.Renderers;

namespace Site.Markdown;

/// <summary>Registers the figure reference syntax; it goes first so that '{' is ours before any literal parsing.</summary>
public sealed class FigureExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<FigureInlineParser>())
        {
            pipeline.InlineParsers.Insert(0, new FigureInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<FigureInlineRenderer>())
        {
            html.ObjectRenderers.Insert(0, new FigureInlineRenderer());
            html.ObjectRenderers.Insert(0, new FigureNearMissInlineRenderer());
        }
    }
}
