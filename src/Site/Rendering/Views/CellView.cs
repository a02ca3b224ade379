namespace Site.Rendering.Views;

/// <summary>
/// A table cell: its figure in the page's number format, or <see cref="Empty"/> when the report leaves it blank;
/// <see cref="Findings"/> are the 1-based numbers of the audit findings about it (a cell can break several rules),
/// <see cref="Readings"/> the letters of the uncertain readings that name it; <see cref="Column"/> is its column's full
/// name (group and label), for a view that shows the cell away from its header.
/// </summary>
public sealed record CellView(string Id, string Value, bool Empty, IReadOnlyList<int> Findings, IReadOnlyList<string> Readings, string Column)
{
    /// <summary>The figure with its source, caveats and permanent link, for "copy with source" (empty for an empty cell).</summary>
    public string Citation { get; init; } = string.Empty;
}
