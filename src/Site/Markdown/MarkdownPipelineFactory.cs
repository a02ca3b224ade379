using Markdig;

namespace Site.Markdown;

/// <summary>The one Markdig pipeline of a build: CommonMark plus tables, footnotes, list extras and our figure references.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseListExtras()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UsePreciseSourceLocation();
        builder.Extensions.AddIfNotAlready<FigureExtension>();
        return builder.Build();
    }
}
