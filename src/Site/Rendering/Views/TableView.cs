namespace Site.Rendering.Views;

/// <summary>
/// An award table as the table partial shows it: caption parts, one or two levels of column headers, rows of cells
/// already written in the reader's number format, the audit findings the flagged cells point to, whether the table
/// prints a total row, the uncertain readings its lettered cells point to, and the period its figures cover and what
/// its total counts (empty when the table does not say).
/// </summary>
public sealed record TableView(
    string Id,
    string Slug,
    string Number,
    string Title,
    string Subtitle,
    string RowHeader,
    bool TwoLevels,
    IReadOnlyList<ColumnGroupView> Groups,
    IReadOnlyList<ColumnView> SubColumns,
    IReadOnlyList<RowView> Rows,
    IReadOnlyList<FindingView> Findings,
    bool HasTotalRow,
    IReadOnlyList<ReadingView> Readings,
    string Period,
    string PeriodBasis,
    string TotalCounts);
