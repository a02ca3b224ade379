namespace Site.Rendering.Views;

/// <summary>A key figure: what it counts, the figure in the reader's number format, and the permanent link to its cell.</summary>
public sealed record KeyFigureView(string Label, string Value, string Url);
