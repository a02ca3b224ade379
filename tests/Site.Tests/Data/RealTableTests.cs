using Site.Text;

namespace Site.Tests.Data;

/// <summary>Every printed cell of the real appendices, on both language pages, is the YAML's figure in the reader's format.</summary>
public class RealTableTests : IClassFixture<RealTablesFixture>
{
    private readonly RealTablesFixture _real;

    public RealTableTests(RealTablesFixture real)
    {
        _real = real;
    }

    [Theory]
    [InlineData("01", "vi")]
    [InlineData("01", "en")]
    [InlineData("02", "vi")]
    [InlineData("02", "en")]
    [InlineData("05", "vi")]
    [InlineData("05", "en")]
    public void RealAppendix_EveryCellMatchesTheYaml_InTheReadersFormat(string number, string language)
    {
        Assert.True(_real.Result.Succeeded, string.Join('\n', _real.Result.Diagnostics));
        var expected = _real.Expected(number);
        var path = language == "vi" ? $"vi/2022-05/phu-luc/{number}/index.html" : $"en/2022-05/appendices/{number}/index.html";
        var document = Html.Parse(_real.ReadOutput(path));
        var table = document.QuerySelector("table.award-table");
        Assert.NotNull(table);
        var bodyRows = table!.QuerySelectorAll("tbody tr");
        Assert.Equal(expected.Rows.Count, bodyRows.Length);
        var printed = 0;
        foreach (var (row, tr) in expected.Rows.Zip(bodyRows))
        {
            Assert.Equal(language == "vi" ? row.LabelVi : row.LabelEn, tr.QuerySelector("th[scope=row]")!.ChildNodes[0].TextContent);
            var cells = tr.QuerySelectorAll("td");
            Assert.Equal(expected.Columns.Count, cells.Length);
            foreach (var (column, td) in expected.Columns.Zip(cells))
            {
                Assert.Equal($"cell-{row.Id}-{column}", td.Id);
                var figure = Html.CellFigure(td);
                if (row.Cell(column) is { } value)
                {
                    printed++;
                    var want = language == "vi" ? value.ToString("#,0", new System.Globalization.NumberFormatInfo { NumberGroupSeparator = "." })
                        : value.ToString("#,0", new System.Globalization.NumberFormatInfo { NumberGroupSeparator = "," });
                    Assert.True(want == figure, $"{path} row {row.Id} column {column}: expected '{want}', found '{figure}'");
                    Assert.False(td.HasAttribute("aria-label"), $"{path} {td.Id} is printed but labelled empty");
                }
                else
                {
                    Assert.True(figure.Length == 0, $"{path} row {row.Id} column {column}: expected empty, found '{figure}'");
                    Assert.NotNull(td.QuerySelector("span.empty"));
                    Assert.Equal(language == "vi" ? "ô trống" : "empty cell", td.GetAttribute("aria-label"));
                }
            }
        }

        Assert.Equal(expected.Rows.Sum(r => r.Cells.Count), printed);
    }

    [Fact]
    public void RealAppendix05_ThousandsAreGroupedPerLanguage()
    {
        var vi = Html.Parse(_real.ReadOutput("vi/2022-05/phu-luc/05/index.html"));
        var en = Html.Parse(_real.ReadOutput("en/2022-05/appendices/05/index.html"));
        Assert.Equal("1.721", Html.CellFigure(Html.Cell(vi, "total", "certificates")));
        Assert.Equal("1,721", Html.CellFigure(Html.Cell(en, "total", "certificates")));
        Assert.Equal("1.539", Html.CellFigure(Html.Cell(vi, "total", "individuals")));
    }

    [Fact]
    public void RealAppendix05_TheConfirmedFindingsAreMarkedOnThePage()
    {
        var en = Html.Parse(_real.ReadOutput("en/2022-05/appendices/05/index.html"));
        var flagged = en.QuerySelectorAll("td.audit-flag").Select(td => td.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["cell-2-collectives", "cell-2-individuals", "cell-6-total", "cell-total-collectives", "cell-total-individuals", "cell-total-total"],
            flagged);
        Assert.Equal("20", Html.CellFigure(Html.Cell(en, "6", "total")));
    }
}
