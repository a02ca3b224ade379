namespace Site.Markdown;

/// <summary>A page body as HTML, with its headings.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Headings);
