namespace Site.Markdown;

/// <summary>A page body as HTML, with its headings and its plain text (for search).</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Headings, string PlainText, IReadOnlyList<FigureInline> Figures);
