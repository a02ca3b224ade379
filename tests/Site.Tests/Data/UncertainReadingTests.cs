using System.Text.Json;
using Site.Tests.Support;
using static Site.Tests.Data.DataSites;

namespace Site.Tests.Data;

/// <summary>A doubtful reading of the source is data: marked on the page apart from arithmetic notes, explained under the table, carried in every download.</summary>
public class UncertainReadingTests
{
    private const string CellNote = """
            uncertain:
              - columns: [collectives, individuals]
                note:
                  vi: "Hai số đọc theo khoảng trắng."
                  en: "Both figures placed from the spacing."

        """;

    private const string RowNote = """
            uncertain:
              - note:
                  vi: "Cả dòng đọc theo khoảng trắng."
                  en: "The whole row placed from the spacing."

        """;

    /// <summary>Row 6 with <paramref name="uncertain"/> before its cells.</summary>
    private static string TableWith(string uncertain) => ReplaceOnce(Table, "    cells:\n", uncertain.TrimEnd('\n', ' ') + "\n    cells:\n", after: "- id: \"6\"");

    [Fact]
    public void Uncertain_Cells_AreMarkedWithALetter_AndExplainedUnderTheTable_ApartFromArithmeticNotes()
    {
        using var site = TestSite.Create(SiteWith(TableWith(CellNote)));
        site.BuildExpectingSuccess(strict: true);
        foreach (var (page, note) in new[]
        {
            (EnPage, "a Row “Movement six”, columns “Certificates – Collectives”, “Certificates – Individuals”: Both figures placed from the spacing."),
            (ViPage, "a Dòng “Phong trào sáu”, cột “Bằng khen – Tập thể”, “Bằng khen – Cá nhân”: Hai số đọc theo khoảng trắng."),
        })
        {
            var document = Html.Page(site, page);
            foreach (var column in new[] { "collectives", "individuals" })
            {
                var cell = Html.Cell(document, "6", column);
                Assert.Equal("uncertain", cell.ClassName);
                var mark = cell.QuerySelector("a.uncertain-mark");
                Assert.Equal("a", mark?.TextContent);
                Assert.Equal("#reading-05-a", mark!.GetAttribute("href"));
                Assert.Null(cell.QuerySelector(".audit-mark"));
            }

            Assert.Equal("20", Html.CellFigure(Html.Cell(document, "6", "total")));
            Assert.Empty(Html.Cell(document, "6", "total").ClassList);
            Assert.Empty(Html.Cell(document, "1", "collectives").QuerySelectorAll(".uncertain-mark"));
            var notes = document.QuerySelectorAll(".uncertain-notes li");
            Assert.Single(notes);
            Assert.Equal("reading-05-a", notes[0].Id);
            Assert.Equal(note, Html.Squeeze(notes[0].TextContent));
            // An uncertain reading is not an arithmetic finding: the sums still agree.
            Assert.NotNull(document.QuerySelector("p.audit-ok"));
            Assert.Null(document.QuerySelector(".audit-notes"));
        }
    }

    [Fact]
    public void Uncertain_Cells_TravelInTheCsvAndJson()
    {
        using var site = TestSite.Create(SiteWith(TableWith(CellNote)));
        site.BuildExpectingSuccess();
        var wide = Csv.Parse(site.ReadOutput("data/2022-05/appendix-05.csv"));
        var six = wide.Single(r => r[0] == "6");
        Assert.Equal("collectives individuals", six[Array.IndexOf(wide[0], "uncertain_columns")]);
        Assert.Equal("Hai số đọc theo khoảng trắng.", six[Array.IndexOf(wide[0], "uncertain_vi")]);
        Assert.Equal("Both figures placed from the spacing.", six[Array.IndexOf(wide[0], "uncertain_en")]);
        Assert.Equal(string.Empty, wide.Single(r => r[0] == "1")[Array.IndexOf(wide[0], "uncertain_columns")]);

        var tall = Csv.Parse(site.ReadOutput("data/2022-05/appendix-05-long.csv"));
        var en = Array.IndexOf(tall[0], "uncertain_en");
        Assert.Equal("Both figures placed from the spacing.", tall.Single(r => r[1] == "6" && r[4] == "collectives")[en]);
        Assert.Equal("Both figures placed from the spacing.", tall.Single(r => r[1] == "6" && r[4] == "individuals")[en]);
        Assert.Equal(string.Empty, tall.Single(r => r[1] == "6" && r[4] == "total")[en]);

        using var json = JsonDocument.Parse(site.ReadOutput("data/2022-05/appendix-05.json"));
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "6");
        var reading = Assert.Single(row.GetProperty("uncertain").EnumerateArray());
        Assert.Equal(["collectives", "individuals"], reading.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Hai số đọc theo khoảng trắng.", reading.GetProperty("note").GetProperty("vi").GetString());
        Assert.Equal("Both figures placed from the spacing.", reading.GetProperty("note").GetProperty("en").GetString());
    }

    [Fact]
    public void Uncertain_WholeRow_IsMarkedOnTheRowHeader_AndCarriedOnEveryCellOfTheRow()
    {
        using var site = TestSite.Create(SiteWith(TableWith(RowNote)));
        site.BuildExpectingSuccess(strict: true);
        var document = Html.Page(site, EnPage);
        var header = document.GetElementById("cell-6-total")!.ParentElement!.QuerySelector("th")!;
        Assert.Equal("a", header.QuerySelector("a.uncertain-mark")?.TextContent);
        Assert.Empty(document.QuerySelectorAll("td .uncertain-mark"));
        Assert.Equal("a Row “Movement six”, where its figures go: The whole row placed from the spacing.", Html.Squeeze(document.QuerySelector(".uncertain-notes li")!.TextContent));

        var tall = Csv.Parse(site.ReadOutput("data/2022-05/appendix-05-long.csv"));
        var en = Array.IndexOf(tall[0], "uncertain_en");
        Assert.Equal(4, tall.Count(r => r[1] == "6" && r[en] == "The whole row placed from the spacing."));
        Assert.Equal("row", Csv.Parse(site.ReadOutput("data/2022-05/appendix-05.csv")).Single(r => r[0] == "6")[^3]);
    }

    [Fact]
    public void Uncertain_NamingAnUnknownColumn_IsAnErrorWithASuggestion()
    {
        var table = TableWith(CellNote.Replace("[collectives, individuals]", "[collectives, individual]", StringComparison.Ordinal));
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingError();
        var error = site.AssertDiagnostic("SITE050", TablePath[6..], LineOf(table, "[collectives, individual]"));
        Assert.Contains("unknown column 'individual' (did you mean 'individuals'?)", error.Message);
    }

    [Fact]
    public void Uncertain_RealAppendix02_MarksTheSectorSplitOfRow3AndTheTotalRow()
    {
        var document = Html.Parse(File.ReadAllText(Path.Combine(RealSiteBuild.Output, "en/2022-05/appendices/02/index.html")));
        foreach (var row in new[] { "3", "total" })
        {
            foreach (var column in new[] { "enterprise_collectives", "enterprise_leaders", "enterprise_workers", "other_collectives", "other_workers" })
            {
                Assert.True(Html.Cell(document, row, column).ClassList.Contains("uncertain"), $"02 row {row}, {column} is not marked uncertain");
            }

            Assert.False(Html.Cell(document, row, "admin_collectives").ClassList.Contains("uncertain"));
        }
    }
}
