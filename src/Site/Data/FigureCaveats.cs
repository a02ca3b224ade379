using Site.Content;

namespace Site.Data;

/// <summary>
/// What a reader must know before quoting one cell, in words: every audit finding about the cell or about a sum of
/// its row that the cell is part of (20 collectives and 42 individuals, printed with a total of 20), and every
/// uncertain reading that names the cell or its whole row.
/// </summary>
public static class FigureCaveats
{
    public static IReadOnlyList<string> For(AwardTable table, TableRow row, string columnId, InterfaceStrings t)
    {
        var findings = table.Findings
            .Where(f => f.RowId == row.Id && (f.ColumnId == columnId || Operands(f.Rule).Contains(columnId)))
            .Select(f => FindingSentence.For(table, f, t));
        var readings = row.Uncertain
            .Where(r => r.IsWholeRow || r.Columns.Contains(columnId))
            .Select(r => ReadingSentence.For(table, row, r, t));
        return findings.Concat(readings).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The columns an identity ("total = collectives + individuals") adds up; none for a column sum.</summary>
    private static HashSet<string> Operands(string rule)
    {
        var sides = rule.Split('=');
        return sides.Length == 2 ? sides[1].Split('+').Select(s => s.Trim()).ToHashSet(StringComparer.Ordinal) : [];
    }
}
