namespace Site.Data;

/// <summary>A published cell that its table's own arithmetic contradicts. The published figure stands; this states the difference.</summary>
public sealed record AuditFinding(string RowId, string ColumnId, long? Published, long Computed, string Rule)
{
    public long Difference => (Published ?? 0) - Computed;
}
