namespace Site.Markdown;

/// <summary>A page body as HTML, with its headings and the figures it cites.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Headings, IReadOnlyList<FigureInline> Figures);
