namespace Site.Rendering.Views;

/// <summary>Adjacent columns under one upper header; <see cref="Title"/> is empty for a column that stands alone.</summary>
public sealed record ColumnGroupView(string Title, IReadOnlyList<ColumnView> Columns);
