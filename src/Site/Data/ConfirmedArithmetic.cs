using Site.Diagnostics;

namespace Site.Data;

/// <summary>`{ cell: "6/total", published: 20, adds_up_to: 62 }`: the cell prints <see cref="Published"/> (null: empty) while its detail adds up to <see cref="AddsUpTo"/>.</summary>
public sealed record ConfirmedArithmetic(string RowId, string ColumnId, long? Published, long AddsUpTo, SourcePosition At) : ConfirmedFinding(At)
{
    public bool Covers(AuditFinding finding) =>
        finding.RowId == RowId && finding.ColumnId == ColumnId && finding.Published == Published && finding.Computed == AddsUpTo;
}
