namespace Site.Data;

/// <summary>A published cell that its table's own arithmetic contradicts. The published figure stands; this states the difference.</summary>
public sealed record AuditFinding(string RowId, string ColumnId, long? Published, long Computed, string Rule)
{
    public long Difference => (Published ?? 0) - Computed;

    /// <summary>Acknowledged by a <see cref="ConfirmedArithmetic"/> whose values still hold: still shown, no longer warned about.</summary>
    public bool Confirmed { get; init; }
}
