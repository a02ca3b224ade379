namespace Site.Rendering.Views;

/// <summary>
/// A key figure: what it counts, the figure in the reader's number format, the permanent link to its cell, the
/// numbers of the notes that state its caveats, and its citation with source (<see cref="Id"/> names its box).
/// </summary>
public sealed record KeyFigureView(string Id, string Label, string Value, string Url, IReadOnlyList<int> Notes, string Citation);
