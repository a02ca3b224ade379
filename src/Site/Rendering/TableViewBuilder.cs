using Site.Content;
using Site.Data;
using Site.Rendering.Views;
using Site.Text;

namespace Site.Rendering;

/// <summary>
/// An award table as its view: two-level column headers, row headers, numbers in the reader's format, empty cells
/// marked as such, audit findings numbered and stated in words. The table partial turns it into markup.
/// </summary>
public static class TableViewBuilder
{
    public static TableView Build(AwardTable table, InterfaceStrings t)
    {
        var language = t.Language;
        var findings = table.Findings.Select((f, i) => (f, Number: i + 1)).ToDictionary(x => (x.f.RowId, x.f.ColumnId), x => x.Number);
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
                table.Columns.Select(column => Cell(row, column, findings.GetValueOrDefault((row.Id, column.Id)), t.Numbers)).ToList())).ToList(),
            table.Findings.Select(f => new FindingView(FindingSentence.For(table, f, t), f.Rule)).ToList());
    }

    private static CellView Cell(TableRow row, TableColumn column, int finding, NumberFormat numbers) =>
        row.Cell(column.Id) is { } value
            ? new CellView($"cell-{Slugifier.Slugify(row.Id)}-{column.Id}", numbers.Format(value), false, finding)
            : new CellView($"cell-{Slugifier.Slugify(row.Id)}-{column.Id}", string.Empty, true, finding);

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
