namespace Site.Tests.SourceTruth;

/// <summary>
/// The check at the heart of the data tests: for every row, the figures the source prints in that row, in order,
/// are exactly the table's non-empty cells in column order. A slip that keeps every sum (a rectangle of +1, −1,
/// −1, +1) still changes four of these figures, so it cannot pass.
/// </summary>
internal static class SourceComparison
{
    public static List<FigureDifference> Differences(IReadOnlyList<SourceRow> source, IReadOnlyList<PrintedRow> table)
    {
        var differences = new List<FigureDifference>();
        if (source.Count != table.Count)
        {
            differences.Add(new FigureDifference("*", null,
                $"the source prints {source.Count} rows ({string.Join(", ", source.Select(r => r.Id))}), the table has {table.Count} ({string.Join(", ", table.Select(r => r.Id))})"));
        }

        foreach (var (printed, row) in source.Zip(table))
        {
            if (printed.Id != row.Id)
            {
                differences.Add(new FigureDifference(row.Id, null, $"the source prints row {printed.Id} here"));
                continue;
            }

            if (printed.Label != row.Label)
            {
                differences.Add(new FigureDifference(row.Id, null, $"the source labels the row '{printed.Label}', the table '{row.Label}'"));
            }

            if (printed.Numbers.Count != row.Cells.Count)
            {
                differences.Add(new FigureDifference(row.Id, null,
                    $"the source prints {printed.Numbers.Count} figures ({string.Join(' ', printed.Numbers)}), the table has {row.Cells.Count} ({string.Join(' ', row.Cells.Select(c => $"{c.Column}={c.Value}"))})"));
                continue;
            }

            foreach (var (number, cell) in printed.Numbers.Zip(row.Cells))
            {
                if (number != cell.Value)
                {
                    differences.Add(new FigureDifference(row.Id, cell.Column, $"the source prints {number}, the table has {cell.Value}"));
                }
            }
        }

        return differences;
    }
}
