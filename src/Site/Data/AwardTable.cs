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

    /// <summary>"row/column" findings an editor has checked against the printed source: still shown, no longer warned about.</summary>
    public IReadOnlyList<string> ConfirmedFindings { get; init; } = [];

    public SourcePosition ConfirmedFindingsAt { get; init; }

    public TableRow? Row(string id) => Rows.FirstOrDefault(r => r.Id == id);

    public TableColumn? Column(string id) => Columns.FirstOrDefault(c => c.Id == id);

    public AuditFinding? FindingAt(string rowId, string columnId) =>
        Findings.FirstOrDefault(f => f.RowId == rowId && f.ColumnId == columnId);
}
