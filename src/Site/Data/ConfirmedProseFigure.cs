using Site.Diagnostics;

namespace Site.Data;

/// <summary>`{ cell: "2/collectives", published: ~, text_prints: 34 }`: the report's text prints <see cref="TextPrints"/> for a cell the table prints as <see cref="Published"/> (null: empty).</summary>
public sealed record ConfirmedProseFigure(string RowId, string ColumnId, long? Published, long TextPrints, SourcePosition At) : ConfirmedFinding(At);
