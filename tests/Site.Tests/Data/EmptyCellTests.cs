using System.Text.Json;
using Site.Tests.Support;
using static Site.Tests.Data.DataSites;

namespace Site.Tests.Data;

/// <summary>A cell left out, left blank, `~` or `null` was printed empty; `0` was printed as zero. The page, the downloads and the audit tell them apart.</summary>
public class EmptyCellTests
{
    /// <summary>Row 6 with its 'individuals' cell written as <paramref name="cell"/> ("" leaves the line out); the sums hold either way.</summary>
    private static string TableWith(string cell)
    {
        var table = ReplaceOnce(Table, "      individuals: 12\n", cell.Length == 0 ? string.Empty : $"      {cell}\n");
        table = ReplaceOnce(table, "individuals: 1733", "individuals: 1721");
        table = ReplaceOnce(table, "total: 20", "total: 8");
        return ReplaceOnce(table, "total: 2025", "total: 2013");
    }

    [Theory]
    [InlineData("")]
    [InlineData("individuals:")]
    [InlineData("individuals: ~")]
    [InlineData("individuals: null")]
    [InlineData("individuals: Null")]
    [InlineData("individuals: NULL")]
    public void Cell_LeftOutBlankTildeOrNull_IsPrintedEmpty_OnThePageAndInTheDownloads(string cell)
    {
        using var site = TestSite.Create(SiteWith(TableWith(cell)));
        site.BuildExpectingSuccess(strict: true);
        var page = Html.Cell(Html.Page(site, EnPage), "6", "individuals");
        Assert.Equal("empty cell", page.GetAttribute("aria-label"));
        Assert.Equal(string.Empty, Html.CellFigure(page));

        var wide = Csv.Parse(site.ReadOutput("data/2022-05/appendix-05.csv"));
        var individuals = Array.IndexOf(wide[0], "individuals");
        Assert.Equal(string.Empty, wide.Single(r => r[0] == "6")[individuals]);
        Assert.DoesNotContain(Csv.Parse(site.ReadOutput("data/2022-05/appendix-05-long.csv")), r => r[1] == "6" && r[4] == "individuals");
        using var json = JsonDocument.Parse(site.ReadOutput("data/2022-05/appendix-05.json"));
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "6");
        Assert.Equal(JsonValueKind.Null, row.GetProperty("cells").GetProperty("individuals").ValueKind);
    }

    [Fact]
    public void Cell_Zero_IsPrintedAsZero_OnThePageAndInTheDownloads()
    {
        using var site = TestSite.Create(SiteWith(TableWith("individuals: 0")));
        site.BuildExpectingSuccess(strict: true);
        var page = Html.Cell(Html.Page(site, EnPage), "6", "individuals");
        Assert.Null(page.GetAttribute("aria-label"));
        Assert.Equal("0", Html.CellFigure(page));
        Assert.Contains(Csv.Parse(site.ReadOutput("data/2022-05/appendix-05-long.csv")), r => r[1] == "6" && r[4] == "individuals" && r[7] == "0");
        using var json = JsonDocument.Parse(site.ReadOutput("data/2022-05/appendix-05.json"));
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "6");
        Assert.Equal(0, row.GetProperty("cells").GetProperty("individuals").GetInt64());
    }

    /// <summary>`total = conferred + posthumous` only where every cell is printed: an empty cell skips the rule, a 0 is checked.</summary>
    private const string PartialTable = """
        number: "05"
        title: { vi: "Bảng thử", en: "Test table" }
        period: { label: { vi: "Không nêu", en: "Not stated" } }
        total_counts: { vi: "Mọi khen thưởng", en: "Every award" }
        columns:
          - { id: conferred, vi: "Tặng", en: "Conferred" }
          - { id: posthumous, vi: "Truy tặng", en: "Posthumous" }
          - { id: total, vi: "Tổng số", en: "Total" }
        identities:
          - check: "total = conferred + posthumous"
            when_all_printed: true
        rows:
          - id: "1"
            label: { vi: "Một", en: "One" }
            cells:
              CELL
              posthumous: 1
              total: 5
          - id: total
            total: true
            label: { vi: "Tổng số", en: "Total" }
            cells:
              posthumous: 1
              total: 5
        """;

    [Theory]
    [InlineData("conferred: ~")]
    [InlineData("conferred: null")]
    [InlineData("conferred:")]
    public void Audit_AnEmptyCell_LeavesARuleThatNeedsEveryCellUnchecked(string cell)
    {
        using var site = TestSite.Create(SiteWith(PartialTable.Replace("CELL", cell, StringComparison.Ordinal)));
        site.BuildExpectingSuccess(strict: true);
        site.AssertNoDiagnostic("SITE051");
    }

    [Fact]
    public void Audit_AZeroCell_IsCheckedLikeAnyFigure()
    {
        var table = PartialTable.Replace("CELL", "conferred: 0", StringComparison.Ordinal);
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess();
        var warning = site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 5"));
        Assert.Contains("row '1', column 'total': published 5, but total = conferred + posthumous gives 1", warning.Message);
    }
}
