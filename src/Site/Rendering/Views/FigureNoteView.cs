namespace Site.Rendering.Views;

/// <summary>A note on figures cited in a page's text: its number (the mark beside each figure), what to know, and the cell.</summary>
public sealed record FigureNoteView(int Number, IReadOnlyList<string> Texts, string Url);
