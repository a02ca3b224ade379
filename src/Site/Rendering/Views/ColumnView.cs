namespace Site.Rendering.Views;

/// <summary>A column header of a table: its id (for the cells' headers) and its label in the page's language.</summary>
public sealed record ColumnView(string Id, string Label);
