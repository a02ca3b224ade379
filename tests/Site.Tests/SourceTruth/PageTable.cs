using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Site.Tests.SourceTruth;

/// <summary>
/// The award table of a built appendix page, read as a reader sees it: each row's label and printed figures, in
/// column order. A figure must be written in the page's language ("1.329" in Vietnamese, "1,329" in English) and an
/// empty cell must be empty and say so to a screen reader; anything else fails the test.
/// </summary>
internal static partial class PageTable
{
    public static List<PrintedRow> Rows(IDocument document, string language, int columns)
    {
        var table = document.QuerySelector("table.award-table");
        Assert.True(table is not null, "the page has no table.award-table");
        var rows = new List<PrintedRow>();
        foreach (var tr in table!.QuerySelectorAll("tbody tr"))
        {
            var header = tr.QuerySelector("th[scope=row]");
            Assert.True(header is not null, "a body row without a row header");
            var tds = tr.QuerySelectorAll("td");
            Assert.True(tds.Length == columns, $"row '{header!.TextContent}' has {tds.Length} cells; the report's layout has {columns} figure columns");

            // Cell ids are "cell-<row>-<column>"; the report's row ids ("1"…"6", "total") hold no '-'.
            var id = tds[0].Id![("cell-".Length)..].Split('-', 2)[0];
            var cells = new List<PrintedCell>();
            foreach (var td in tds)
            {
                Assert.StartsWith($"cell-{id}-", td.Id, StringComparison.Ordinal);
                var column = td.Id![$"cell-{id}-".Length..];
                // A printed figure is the link to its citation; marks beside it are the site's, not the report's.
                var figure = td.QuerySelector("a.cite-link") is { } cite ? cite.TextContent.Trim() : OwnText(td);
                if (figure.Length == 0)
                {
                    Assert.True(td.QuerySelector("span.empty") is not null, $"{td.Id} is empty without the empty-cell mark");
                    Assert.Equal(language == "vi" ? "ô trống" : "empty cell", td.GetAttribute("aria-label"));
                    continue;
                }

                Assert.True((language == "vi" ? ViFigure() : EnFigure()).IsMatch(figure), $"{td.Id} prints '{figure}', not a figure written in {language}");
                Assert.False(td.HasAttribute("aria-label"), $"{td.Id} prints {figure} but is labelled '{td.GetAttribute("aria-label")}'");
                cells.Add(new PrintedCell(column, long.Parse(figure.Replace(language == "vi" ? "." : ",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)));
            }

            rows.Add(new PrintedRow(id, SourceReport.Collapse(OwnText(header!)), cells));
        }

        return rows;
    }

    /// <summary>The element's own text, without the text of marks and notes nested in it.</summary>
    private static string OwnText(IElement element) => string.Concat(element.ChildNodes.OfType<IText>().Select(t => t.Data)).Trim();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})*$")]
    private static partial Regex ViFigure();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})*$")]
    private static partial Regex EnFigure();
}
