namespace Site.Rendering.Views;

/// <summary>
/// A row of a table: its header, an optional note under it, the letters of the uncertain readings about the whole
/// row's placement, and its cells in column order.
/// </summary>
public sealed record RowView(string Label, string Note, bool IsTotal, IReadOnlyList<string> Readings, IReadOnlyList<CellView> Cells);
