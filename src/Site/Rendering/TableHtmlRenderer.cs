using System.Text;
using Site.Content;
using Site.Data;
using Site.Text;

namespace Site.Rendering;

/// <summary>
/// An award table as an accessible HTML table: caption, two-level column headers with scope, row headers,
/// numbers in the reader's format, empty cells labelled, audit findings marked and explained below.
/// </summary>
public static class TableHtmlRenderer
{
    public static string Render(AwardTable table, string language, InterfaceStrings t)
    {
        var html = new StringBuilder();
        var readings = Readings(table);
        var id = $"table-{Slugifier.Slugify(table.Number)}";
        html.Append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").Append(id).Append("-caption\">\n");
        html.Append("<table class=\"award-table\" id=\"").Append(id).Append("\">\n");
        html.Append("<caption id=\"").Append(id).Append("-caption\">").Append(E($"{t["appendix"]} {table.Number}: {table.Title.Get(language)}"));
        if (table.Subtitle.Has(language))
        {
            html.Append("<span class=\"caption-sub\">").Append(E(table.Subtitle.Get(language))).Append("</span>");
        }

        html.Append("</caption>\n");
        AppendHeader(html, table, language);
        html.Append("<tbody>\n");
        foreach (var row in table.Rows)
        {
            AppendRow(html, table, row, readings, language, t);
        }

        html.Append("</tbody>\n</table>\n</div>\n");
        AppendFindings(html, table, language, t);
        AppendReadings(html, table, readings, language, t);
        return html.ToString();
    }

    private static void AppendHeader(StringBuilder html, AwardTable table, string language)
    {
        html.Append("<colgroup><col class=\"row-head\"></colgroup>");
        foreach (var group in Groups(table))
        {
            html.Append("<colgroup span=\"").Append(group.Columns.Count).Append("\"></colgroup>");
        }

        html.Append("\n<thead>\n<tr>");
        var twoLevels = table.Columns.Any(c => c.Group is not null);
        var rowSpan = twoLevels ? " rowspan=\"2\"" : string.Empty;
        html.Append("<th scope=\"col\"").Append(rowSpan).Append('>').Append(E(table.RowHeader.Get(language))).Append("</th>");
        foreach (var group in Groups(table))
        {
            if (group.Title is null)
            {
                foreach (var column in group.Columns)
                {
                    html.Append("<th scope=\"col\"").Append(rowSpan).Append(" id=\"col-").Append(column.Id).Append("\">").Append(E(column.Label.Get(language))).Append("</th>");
                }
            }
            else
            {
                html.Append("<th scope=\"colgroup\" colspan=\"").Append(group.Columns.Count).Append("\">").Append(E(group.Title.Get(language))).Append("</th>");
            }
        }

        html.Append("</tr>\n");
        if (twoLevels)
        {
            html.Append("<tr>");
            foreach (var column in table.Columns.Where(c => c.Group is not null))
            {
                html.Append("<th scope=\"col\" id=\"col-").Append(column.Id).Append("\">").Append(E(column.Label.Get(language))).Append("</th>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</thead>\n");
    }

    private static void AppendRow(StringBuilder html, AwardTable table, TableRow row, List<(TableRow Row, UncertainReading Reading)> readings, string language, InterfaceStrings t)
    {
        html.Append(row.IsTotal ? "<tr class=\"total\">" : "<tr>");
        html.Append("<th scope=\"row\">").Append(E(row.Label.Get(language)));
        AppendReadingMarks(html, table, readings, r => r.Row == row && r.Reading.IsWholeRow, t);
        if (row.Note?.Get(language) is { Length: > 0 } note)
        {
            html.Append("<span class=\"row-note\">").Append(E(note)).Append("</span>");
        }

        html.Append("</th>");
        foreach (var column in table.Columns)
        {
            var cellId = $"cell-{Slugifier.Slugify(row.Id)}-{column.Id}";
            var value = row.Cell(column.Id);
            var findings = table.FindingsAt(row.Id, column.Id).ToList();
            var uncertain = readings.Any(r => r.Row == row && r.Reading.Columns.Contains(column.Id));
            html.Append("<td id=\"").Append(cellId).Append('"');
            var classes = (findings.Count > 0 ? "audit-flag " : string.Empty) + (uncertain ? "uncertain" : string.Empty);
            if (classes.Length > 0)
            {
                html.Append(" class=\"").Append(classes.TrimEnd()).Append('"');
            }

            if (value is null)
            {
                html.Append(" aria-label=\"").Append(E(t["empty_cell"])).Append("\"><span class=\"empty\" aria-hidden=\"true\"></span>");
            }
            else
            {
                html.Append('>').Append(NumberFormat.Format(value.Value, language));
            }

            foreach (var finding in findings)
            {
                var index = table.Findings.ToList().IndexOf(finding) + 1;
                html.Append("<a class=\"audit-mark\" href=\"#finding-").Append(Slugifier.Slugify(table.Number)).Append('-').Append(index)
                    .Append("\" aria-label=\"").Append(E($"{t["audit_note"]} {index}")).Append("\">").Append(index).Append("</a>");
            }

            AppendReadingMarks(html, table, readings, r => r.Row == row && r.Reading.Columns.Contains(column.Id), t);
            html.Append("</td>");
        }

        html.Append("</tr>\n");
    }

    private static void AppendFindings(StringBuilder html, AwardTable table, string language, InterfaceStrings t)
    {
        if (!table.HasTotalRow)
        {
            html.Append("<p class=\"audit-no-total\">").Append(E(t["audit_no_total"])).Append("</p>\n");
        }

        if (table.Findings.Count == 0)
        {
            html.Append("<p class=\"audit-ok\">").Append(E(t["audit_ok"])).Append("</p>\n");
            return;
        }

        html.Append("<div class=\"audit-notes\"><h2 id=\"audit\">").Append(E(t["audit_title"])).Append("</h2>\n<p>").Append(E(t["audit_intro"])).Append("</p>\n<ol>\n");
        var index = 0;
        foreach (var finding in table.Findings)
        {
            index++;
            var row = table.Row(finding.RowId)!;
            var column = table.Column(finding.ColumnId)!;
            var published = finding.Published is { } p ? NumberFormat.Format(p, language) : t["empty_cell"];
            var difference = (finding.Difference > 0 ? "+" : finding.Difference < 0 ? "−" : string.Empty) + NumberFormat.Format(Math.Abs(finding.Difference), language);
            var text = t["audit_finding"]
                .Replace("{row}", row.Label.Get(language), StringComparison.Ordinal)
                .Replace("{column}", ColumnName(column, language), StringComparison.Ordinal)
                .Replace("{published}", published, StringComparison.Ordinal)
                .Replace("{computed}", NumberFormat.Format(finding.Computed, language), StringComparison.Ordinal)
                .Replace("{difference}", difference, StringComparison.Ordinal);
            html.Append("<li id=\"finding-").Append(Slugifier.Slugify(table.Number)).Append('-').Append(index).Append("\">").Append(E(text))
                .Append(" <code>").Append(E(finding.Rule)).Append("</code></li>\n");
        }

        html.Append("</ol></div>\n");
    }

    /// <summary>Every uncertain reading of the table in row order; the n-th is marked with the n-th letter.</summary>
    private static List<(TableRow Row, UncertainReading Reading)> Readings(AwardTable table) =>
        table.Rows.SelectMany(row => row.Uncertain.Select(reading => (row, reading))).ToList();

    private static void AppendReadingMarks(StringBuilder html, AwardTable table, List<(TableRow Row, UncertainReading Reading)> readings, Func<(TableRow Row, UncertainReading Reading), bool> covers, InterfaceStrings t)
    {
        for (var i = 0; i < readings.Count; i++)
        {
            if (covers(readings[i]))
            {
                var letter = Letter(i);
                html.Append("<a class=\"uncertain-mark\" href=\"#reading-").Append(Slugifier.Slugify(table.Number)).Append('-').Append(letter)
                    .Append("\" aria-label=\"").Append(E($"{t["uncertain_note"]} {letter}")).Append("\">").Append(letter).Append("</a>");
            }
        }
    }

    private static void AppendReadings(StringBuilder html, AwardTable table, List<(TableRow Row, UncertainReading Reading)> readings, string language, InterfaceStrings t)
    {
        if (readings.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"uncertain-notes\"><h2 id=\"uncertain\">").Append(E(t["uncertain_title"])).Append("</h2>\n<p>").Append(E(t["uncertain_intro"])).Append("</p>\n<ul>\n");
        for (var i = 0; i < readings.Count; i++)
        {
            var (row, reading) = readings[i];
            var template = reading.IsWholeRow ? t["uncertain_row"] : reading.Columns.Count == 1 ? t["uncertain_cell"] : t["uncertain_cells"];
            var columns = string.Join(", ", reading.Columns.Select(c => $"“{ColumnName(table.Column(c)!, language)}”"));
            var text = template
                .Replace("{row}", row.Label.Get(language), StringComparison.Ordinal)
                .Replace("{columns}", columns, StringComparison.Ordinal)
                .Replace("{note}", reading.Note.Get(language), StringComparison.Ordinal);
            html.Append("<li id=\"reading-").Append(Slugifier.Slugify(table.Number)).Append('-').Append(Letter(i)).Append("\"><span class=\"uncertain-mark\" aria-hidden=\"true\">")
                .Append(Letter(i)).Append("</span> ").Append(E(text)).Append("</li>\n");
        }

        html.Append("</ul></div>\n");
    }

    /// <summary>a, b, …, z, aa, ab, …: letters, so that a reading note is never confused with a numbered arithmetic note.</summary>
    private static string Letter(int index) => index < 26 ? ((char)('a' + index)).ToString() : Letter((index / 26) - 1) + Letter(index % 26);

    public static string ColumnName(TableColumn column, string language) =>
        column.Group is null ? column.Label.Get(language) : $"{column.Group.Get(language)} – {column.Label.Get(language)}";

    private static IEnumerable<(LocalizedText? Title, List<TableColumn> Columns)> Groups(AwardTable table)
    {
        var groups = new List<(LocalizedText? Title, List<TableColumn> Columns)>();
        foreach (var column in table.Columns)
        {
            if (groups.Count > 0 && column.Group is not null && Equals(groups[^1].Title?.Get("vi"), column.Group.Get("vi")))
            {
                groups[^1].Columns.Add(column);
            }
            else
            {
                groups.Add((column.Group, [column]));
            }
        }

        return groups;
    }

    private static string E(string text) => ThemeTemplates.Encoder.Encode(text);
}
