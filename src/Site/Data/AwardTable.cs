using Site.Diagnostics;
using Site.Content;

namespace Site.Data;

/// <summary>An appendix table, transcribed as published, with the findings of its arithmetic audit.</summary>
public sealed record AwardTable(
    string Number,
    string EditionId,
    SourceFile File,
    LocalizedText Title,
    LocalizedText Subtitle,
    LocalizedText AttachedTo,
    IReadOnlyList<string> Movements,
    LocalizedText RowHeader,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableIdentity> Identities,
    IReadOnlyList<TableRow> Rows,
    IReadOnlyList<LocalizedText> TranscriptionNotes,
    string Fingerprint,
    SourcePosition MovementsAt)
{
    public IReadOnlyList<AuditFinding> Findings { get; init; } = [];

    /// <summary>Findings an editor has checked against the printed source, each with the values it was checked for.</summary>
    public IReadOnlyList<ConfirmedFinding> ConfirmedFindings { get; init; } = [];

    /// <summary>The period the figures cover, as the report states it; null when the table does not declare one (a warning).</summary>
    public ReferencePeriod? Period { get; init; }

    /// <summary>What the table's total ("Tổng số") counts, per language: e.g. certificates only, not the flags beside them.</summary>
    public LocalizedText TotalCounts { get; init; } = LocalizedText.Empty;

    /// <summary>Where the `rows:` list starts: a table without a total row is reported there.</summary>
    public SourcePosition RowsAt { get; init; }

    public bool HasTotalRow => Rows.Any(r => r.IsTotal);

    /// <summary>
    /// True when a column was refused (its error is reported) and left out with what names it: the table's sums then
    /// miss that column, so it is not audited, lest each of its rules become a second, misleading message.
    /// </summary>
    public bool LacksRefusedColumns { get; init; }

    public TableRow? Row(string id) => Rows.FirstOrDefault(r => r.Id == id);

    public TableColumn? Column(string id) => Columns.FirstOrDefault(c => c.Id == id);

    public AuditFinding? FindingAt(string rowId, string columnId) =>
        Findings.FirstOrDefault(f => f.RowId == rowId && f.ColumnId == columnId);

    /// <summary>Every finding about one cell: two rules may both contradict it, and neither may hide the other.</summary>
    public IEnumerable<AuditFinding> FindingsAt(string rowId, string columnId) =>
        Findings.Where(f => f.RowId == rowId && f.ColumnId == columnId);
}
