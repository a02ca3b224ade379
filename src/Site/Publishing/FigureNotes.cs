using Site.Content;
using Site.Data;

namespace Site.Publishing;

/// <summary>
/// What the downloads say beside a figure: each arithmetic finding (published, computed, difference) and each
/// uncertain reading of a row, as one sentence in the reader's language. The same sentences as the appendix page's
/// notes, so that a figure carries its caveat wherever it goes.
/// </summary>
public static class FigureNotes
{
    /// <summary>Every note about <paramref name="row"/>: its findings first (they are about the figures as published), then its readings.</summary>
    public static IReadOnlyList<string> ForRow(AwardTable table, TableRow row, InterfaceStrings t) =>
        [.. table.Findings.Where(f => f.RowId == row.Id).Select(f => FindingSentence.For(table, f, t)), .. row.Uncertain.Select(u => ReadingSentence.For(table, row, u, t))];

    /// <summary>Whether the table's own arithmetic contradicts the cell.</summary>
    public static bool IsInconsistent(AwardTable table, TableRow row, TableColumn column) => table.FindingsAt(row.Id, column.Id).Any();

    /// <summary>Whether a reading of the row, or of this cell, is in doubt.</summary>
    public static bool IsUncertain(TableRow row, TableColumn column) => row.Uncertain.Any(u => u.IsWholeRow || u.Columns.Contains(column.Id));
}
