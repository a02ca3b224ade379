namespace Site.Markdown;

/// <summary>A page body as HTML, with its headings and its plain text (for search).</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Headings, IReadOnlyList<FigureInline> Figures)
{
    private string? _plainText;

    /// <summary>Computed on first use: a build that does not read it does not pay for it.</summary>
    public string PlainText => _plainText ??= MarkdownPageRenderer.PlainText(Html);
}
