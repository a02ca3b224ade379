using Site.Diagnostics;
using Site.Content;

namespace Site.Data;

/// <summary>One printed row. A column absent from <see cref="Cells"/> was printed empty, which is not zero.</summary>
public sealed record TableRow(
    string Id,
    string? Award,
    string? Movement,
    LocalizedText Label,
    bool IsTotal,
    IReadOnlyDictionary<string, long> Cells,
    IReadOnlyDictionary<string, SourcePosition> CellPositions,
    LocalizedText? Note,
    SourcePosition At)
{
    /// <summary>Readings of this row the source's layout leaves in doubt, each with its note.</summary>
    public IReadOnlyList<UncertainReading> Uncertain { get; init; } = [];

    public long? Cell(string column) => Cells.TryGetValue(column, out var value) ? value : null;
}
