namespace Site.Rendering.Views;

/// <summary>A row of a table: its header, an optional note under it, and its cells in column order.</summary>
public sealed record RowView(string Label, string Note, bool IsTotal, IReadOnlyList<CellView> Cells);
