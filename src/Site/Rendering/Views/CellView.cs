namespace Site.Rendering.Views;

/// <summary>
/// A table cell: its figure in the page's number format, or <see cref="Empty"/> when the report leaves it blank;
/// <see cref="Finding"/> is the 1-based number of the audit finding about it, 0 when there is none.
/// </summary>
public sealed record CellView(string Id, string Value, bool Empty, int Finding);
