using Site.Content;
using Site.Data;
using Site.Text;

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
        [.. table.Findings.Where(f => f.RowId == row.Id).Select(f => Finding(table, f, t)), .. row.Uncertain.Select(u => Reading(table, row, u, t))];

    /// <summary>Whether the table's own arithmetic contradicts the cell.</summary>
    public static bool IsInconsistent(AwardTable table, TableRow row, TableColumn column) => table.FindingsAt(row.Id, column.Id).Any();

    /// <summary>Whether a reading of the row, or of this cell, is in doubt.</summary>
    public static bool IsUncertain(TableRow row, TableColumn column) => row.Uncertain.Any(u => u.IsWholeRow || u.Columns.Contains(column.Id));

    public static string Finding(AwardTable table, AuditFinding finding, InterfaceStrings t)
    {
        var language = t.Language;
        var difference = (finding.Difference > 0 ? "+" : finding.Difference < 0 ? "−" : string.Empty) + NumberFormat.Format(Math.Abs(finding.Difference), language);
        return t["audit_finding"]
            .Replace("{row}", table.Row(finding.RowId)!.Label.Get(language), StringComparison.Ordinal)
            .Replace("{column}", ColumnName(table.Column(finding.ColumnId)!, language), StringComparison.Ordinal)
            .Replace("{published}", finding.Published is { } p ? NumberFormat.Format(p, language) : t["empty_cell"], StringComparison.Ordinal)
            .Replace("{computed}", NumberFormat.Format(finding.Computed, language), StringComparison.Ordinal)
            .Replace("{difference}", difference, StringComparison.Ordinal);
    }

    public static string Reading(AwardTable table, TableRow row, UncertainReading reading, InterfaceStrings t)
    {
        var language = t.Language;
        var template = reading.IsWholeRow ? t["uncertain_row"] : reading.Columns.Count == 1 ? t["uncertain_cell"] : t["uncertain_cells"];
        return template
            .Replace("{row}", row.Label.Get(language), StringComparison.Ordinal)
            .Replace("{columns}", string.Join(", ", reading.Columns.Select(c => $"“{ColumnName(table.Column(c)!, language)}”")), StringComparison.Ordinal)
            .Replace("{note}", reading.Note.Get(language), StringComparison.Ordinal);
    }

    public static string ColumnName(TableColumn column, string language) =>
        column.Group is null ? column.Label.Get(language) : $"{column.Group.Get(language)} – {column.Label.Get(language)}";
}
