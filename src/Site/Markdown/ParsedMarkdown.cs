using Markdig.Syntax;

namespace Site.Markdown;

/// <summary>
/// A page body parsed once, before linking: its syntax tree with heading anchors set, and everything in it that points
/// elsewhere (links, images, cited figures), each where the .md file has it. The Link stage resolves the references in
/// the tree; the Render stage only writes the tree out.
/// </summary>
public sealed record ParsedMarkdown(
    MarkdownDocument Document,
    IReadOnlyList<TocEntry> Headings,
    IReadOnlySet<string> Anchors,
    IReadOnlyList<LinkReference> Links,
    IReadOnlyList<FigureReference> Figures);
