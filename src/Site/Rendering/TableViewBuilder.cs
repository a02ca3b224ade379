using Site.Content;
using Site.Data;
using Site.Linking;
using Site.Rendering.Views;
using Site.Text;

namespace Site.Rendering;

/// <summary>
/// An award table as its view: two-level column headers, row headers, numbers in the reader's format, empty cells
/// marked as such, audit findings numbered and stated in words, uncertain readings lettered and explained. The table
/// partial turns it into markup.
/// </summary>
public static class TableViewBuilder
{
    public static TableView Build(SiteModel model, AwardTable table, InterfaceStrings t)
    {
        var language = t.Language;

        // Looked up once per cell: a table's notes are numbered and lettered in table order, and found by cell.
        var findingNumbers = table.Findings.Select((finding, i) => (finding, Number: i + 1)).ToLookup(f => (f.finding.RowId, f.finding.ColumnId), f => f.Number);
        var readings = table.Rows.SelectMany(row => row.Uncertain.Select(reading => (Row: row, Reading: reading))).Select((r, i) => (r.Row, r.Reading, Letter: Letter(i))).ToList();
        var readingsOfRow = readings.ToLookup(r => r.Row);
        var slug = Slugifier.Slugify(table.Number);
        return new TableView(
            $"table-{slug}",
            slug,
            table.Number,
            table.Title.Get(language),
            table.Subtitle.Has(language) ? table.Subtitle.Get(language) : string.Empty,
            table.RowHeader.Get(language),
            table.Columns.Any(c => c.Group is not null),
            Groups(table, language),
            table.Columns.Where(c => c.Group is not null).Select(c => new ColumnView(c.Id, c.Label.Get(language))).ToList(),
            table.Rows.Select(row => new RowView(
                row.Label.Get(language),
                row.Note?.Get(language) ?? string.Empty,
                row.IsTotal,
                readingsOfRow[row].Where(r => r.Reading.IsWholeRow).Select(r => r.Letter).ToList(),
                table.Columns.Select(column => Cell(
                    row,
                    column,
                    findingNumbers[(row.Id, column.Id)].ToList(),
                    readingsOfRow[row].Where(r => r.Reading.Columns.Contains(column.Id)).Select(r => r.Letter).ToList(),
                    t) with { Citation = row.Cell(column.Id) is null ? string.Empty : FigureCitation.For(model, table, row, column, t) }).ToList())).ToList(),
            table.Findings.Select(f => new FindingView(FindingSentence.For(table, f, t), f.Rule)).ToList(),
            table.HasTotalRow,
            readings.Select(r => new ReadingView(r.Letter, ReadingSentence.For(table, r.Row, r.Reading, t))).ToList(),
            Text(table.Period?.Label, language),
            Text(table.Period?.Basis, language),
            Text(table.TotalCounts, language));
    }

    private static CellView Cell(TableRow row, TableColumn column, IReadOnlyList<int> findings, IReadOnlyList<string> readings, InterfaceStrings t) =>
        row.Cell(column.Id) is { } value
            ? new CellView($"cell-{Slugifier.Slugify(row.Id)}-{column.Id}", t.Numbers.Format(value), false, findings, readings, column.Name(t.Language))
            : new CellView($"cell-{Slugifier.Slugify(row.Id)}-{column.Id}", string.Empty, true, findings, readings, column.Name(t.Language));

    private static string Text(LocalizedText? text, string language) => text is not null && text.Has(language) ? text.Get(language) : string.Empty;

    /// <summary>a, b, …, z, aa, ab, …: letters, so that a reading note is never confused with a numbered arithmetic note.</summary>
    private static string Letter(int index) => index < 26 ? ((char)('a' + index)).ToString() : Letter((index / 26) - 1) + Letter(index % 26);

    /// <summary>Adjacent columns of one group share an upper header; a column without a group stands alone.</summary>
    private static List<ColumnGroupView> Groups(AwardTable table, string language)
    {
        var groups = new List<(LocalizedText? Title, List<TableColumn> Columns)>();
        foreach (var column in table.Columns)
        {
            if (groups.Count > 0 && column.Group is not null && groups[^1].Title?.Identity == column.Group.Identity)
            {
                groups[^1].Columns.Add(column);
            }
            else
            {
                groups.Add((column.Group, [column]));
            }
        }

        return groups.Select(g => new ColumnGroupView(g.Title?.Get(language) ?? string.Empty, g.Columns.Select(c => new ColumnView(c.Id, c.Label.Get(language))).ToList())).ToList();
    }
}
