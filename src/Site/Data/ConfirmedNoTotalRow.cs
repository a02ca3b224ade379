using Site.Diagnostics;

namespace Site.Data;

/// <summary>`{ no_total_row: "3f0c…" }`: the report prints this table without a total row; <see cref="Fingerprint"/> covers every cell as checked.</summary>
public sealed record ConfirmedNoTotalRow(string Fingerprint, SourcePosition At) : ConfirmedFinding(At);
