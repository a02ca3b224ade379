namespace Site.Tests.SourceTruth;

/// <summary>One row of a table as we publish it (or transcribed it): its id, label, and non-empty cells in column order.</summary>
internal sealed record PrintedRow(string Id, string Label, IReadOnlyList<PrintedCell> Cells);

/// <summary>A non-empty cell: its column and figure.</summary>
internal sealed record PrintedCell(string Column, long Value);
