namespace Site.Markdown;

/// <summary>A heading of a page: its anchor, text and level (2 or 3), for the table of contents and search.</summary>
public sealed record TocEntry(string Id, string Text, int Level);
