using Site.Diagnostics;
using Site.Tests.Support;
using static Site.Tests.Data.DataSites;

namespace Site.Tests.Data;

public class AuditTests
{
    [Fact]
    public void Audit_WhenEveryIdentityHolds_ReportsNothingAndThePageSaysTheSumsAgree()
    {
        using var site = TestSite.Create(SiteWith());
        site.BuildExpectingSuccess();
        site.AssertNoDiagnostic("SITE051");
        site.AssertNoDiagnostic("SITE050");
        var vi = Html.Page(site, ViPage);
        var en = Html.Page(site, EnPage);
        Assert.Equal("Các phép cộng của bảng khớp với số liệu công bố.", vi.QuerySelector("p.audit-ok")?.TextContent);
        Assert.Equal("The table's sums agree with its published figures.", en.QuerySelector("p.audit-ok")?.TextContent);
        Assert.Empty(vi.QuerySelectorAll(".audit-flag, .audit-notes"));
        Assert.Empty(en.QuerySelectorAll(".audit-flag, .audit-notes"));
    }

    [Fact]
    public void Audit_WhenRowTotalDisagrees_MarksCellAndKeepsPublishedFigure()
    {
        var table = ReplaceOnce(Table, "total: 2000", "total: 3000");
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess();

        var warning = site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 3000"));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("row '1', column 'total'", warning.Message);
        Assert.Contains("published 3000", warning.Message);
        Assert.Contains("gives 2000", warning.Message);

        // The column sum now disagrees with the total row's published 2025, at the total row's cell.
        var sum = site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 2025"));
        Assert.Contains("row 'total', column 'total'", sum.Message);
        Assert.Contains("gives 3025", sum.Message);

        var vi = Html.Page(site, ViPage);
        var en = Html.Page(site, EnPage);
        foreach (var (document, published, total) in new[] { (vi, "3.000", "2.025"), (en, "3,000", "2,025") })
        {
            var cell = Html.Cell(document, "1", "total");
            Assert.Equal("audit-flag", cell.ClassName);
            Assert.Equal(published, Html.CellFigure(cell));
            var totalCell = Html.Cell(document, "total", "total");
            Assert.Equal("audit-flag", totalCell.ClassName);
            Assert.Equal(total, Html.CellFigure(totalCell));
            Assert.False(Html.Cell(document, "1", "collectives").ClassList.Contains("audit-flag"));
            Assert.Null(document.QuerySelector("p.audit-ok"));
        }

        var viNotes = vi.QuerySelectorAll(".audit-notes li").Select(li => Html.Squeeze(li.TextContent)).ToList();
        Assert.Equal(2, viNotes.Count);
        Assert.Contains("Dòng “Phong trào một”, cột “Tổng số”: số công bố là 3.000, nhưng các số chi tiết cộng lại là 2.000 (chênh lệch +1.000).", viNotes[0]);
        Assert.Contains("Dòng “Tổng số”, cột “Tổng số”: số công bố là 2.025, nhưng các số chi tiết cộng lại là 3.025 (chênh lệch −1.000).", viNotes[1]);
        var enNotes = en.QuerySelectorAll(".audit-notes li").Select(li => Html.Squeeze(li.TextContent)).ToList();
        Assert.Equal(2, enNotes.Count);
        Assert.Contains("Row “Movement one”, column “Total”: published 3,000, but the detail adds up to 2,000 (difference +1,000).", enNotes[0]);
        Assert.Contains("Row “Total”, column “Total”: published 2,025, but the detail adds up to 3,025 (difference −1,000).", enNotes[1]);

        // The marks link to their notes.
        Assert.Equal("#" + vi.QuerySelectorAll(".audit-notes li")[0].Id, Html.Cell(vi, "1", "total").QuerySelector("a.audit-mark")?.GetAttribute("href"));
    }

    [Fact]
    public void Audit_WhenAGroupedColumnBreaksTheIdentity_NamesTheGroupInTheNote()
    {
        var table = ReplaceOnce(Table, "individuals: 12", "individuals: 13");
        table = ReplaceOnce(table, "individuals: 1733", "individuals: 1734");
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess();
        site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 20"));
        var en = Html.Page(site, EnPage);
        Assert.Equal("20", Html.CellFigure(Html.Cell(en, "6", "total")));
        Assert.Equal("audit-flag", Html.Cell(en, "6", "total").ClassName);
        Assert.Contains("published 20, but the detail adds up to 21 (difference −1).", Html.Squeeze(en.QuerySelector(".audit-notes li")!.TextContent));
        Assert.Contains("total = collectives + individuals", en.QuerySelector(".audit-notes li code")!.TextContent);
    }

    private const string PartialTable = """
        number: "05"
        title: { vi: "Bảng thử", en: "Test table" }
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
              conferred: 3
              posthumous: 1
              total: 4
          - id: "2"
            label: { vi: "Hai", en: "Two" }
            cells:
              posthumous: 1
              total: 5
          - id: total
            total: true
            label: { vi: "Tổng số", en: "Total" }
            cells:
              conferred: 3
              posthumous: 2
              total: 9
        """;

    private static List<string> Findings(TestSite site) =>
        site.Result!.Diagnostics.Where(d => d.Code == "SITE051").Select(d => d.Message[..d.Message.IndexOf(':', StringComparison.Ordinal)]).ToList();

    [Fact]
    public void Audit_WhenAllPrinted_SkipsPartialRows()
    {
        // Row 2 prints no 'conferred': the identity cannot be checked there. The total row is complete, and the
        // unknown conferred figure of row 2 makes it disagree.
        using var site = TestSite.Create(SiteWith(PartialTable));
        site.BuildExpectingSuccess();
        Assert.Equal(["row 'total', column 'total'"], Findings(site));
        Assert.False(Html.Cell(Html.Page(site, EnPage), "2", "total").ClassList.Contains("audit-flag"));
    }

    [Fact]
    public void Audit_WithoutWhenAllPrinted_ChecksPartialRowsTreatingEmptyAsNothing()
    {
        var table = ReplaceOnce(PartialTable, "    when_all_printed: true\n", string.Empty);
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess();
        var warning = site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 5"));
        Assert.Contains("row '2', column 'total': published 5, but total = conferred + posthumous gives 1", warning.Message);
        Assert.Equal(["row '2', column 'total'", "row 'total', column 'total'"], Findings(site));
        Assert.Equal("audit-flag", Html.Cell(Html.Page(site, EnPage), "2", "total").ClassName);
    }

    [Fact]
    public void Audit_WhenAllPrinted_StillChecksCompleteRows()
    {
        var table = ReplaceOnce(PartialTable, "total: 4", "total: 6");
        table = ReplaceOnce(table, "total: 9", "total: 11");
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess();
        site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 6"));
        Assert.Equal(["row '1', column 'total'", "row 'total', column 'total'"], Findings(site));
    }

    [Fact]
    public void Audit_WhenTheTotalRowDisagreesWithTheColumnSum_MarksTheTotalCell()
    {
        var table = ReplaceOnce(Table, "flags: 1724", "flags: 1725");
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess();
        var warning = site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "flags: 1725"));
        Assert.Contains("row 'total', column 'flags': published 1725, but the sum of the rows above (flags) gives 1724 (difference +1)", warning.Message);
        Assert.Single(site.Result!.Diagnostics, d => d.Code == "SITE051");
        var vi = Html.Page(site, ViPage);
        Assert.Equal("1.725", Html.CellFigure(Html.Cell(vi, "total", "flags")));
        Assert.Equal("audit-flag", Html.Cell(vi, "total", "flags").ClassName);
        Assert.Contains("số công bố là 1.725, nhưng các số chi tiết cộng lại là 1.724 (chênh lệch +1)", Html.Squeeze(vi.QuerySelector(".audit-notes li")!.TextContent));
    }

    [Fact]
    public void Audit_WhenTheTotalRowLeavesASummedColumnEmpty_ReportsItAsEmptyNotZero()
    {
        var table = ReplaceOnce(Table, "      flags: 1724\n", string.Empty);
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess();
        var warning = site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "- id: total", after: "rows:"));
        Assert.Contains("row 'total', column 'flags': published empty, but the sum of the rows above (flags) gives 1724", warning.Message);
        var en = Html.Page(site, EnPage);
        var cell = Html.Cell(en, "total", "flags");
        Assert.Equal("audit-flag", cell.ClassName);
        Assert.Equal("empty cell", cell.GetAttribute("aria-label"));
        Assert.Equal(string.Empty, Html.CellFigure(cell));
        Assert.Contains("published empty cell, but the detail adds up to 1,724", Html.Squeeze(en.QuerySelector(".audit-notes li")!.TextContent));
    }

    [Fact]
    public void Audit_AColumnEmptyEverywhere_IsNotAFinding()
    {
        var table = ReplaceOnce(Table, "    en: \"Total\"\n", "    en: \"Total\"\n  - id: posthumous\n    vi: \"Truy tặng\"\n    en: \"Posthumous\"\n");
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess();
        site.AssertNoDiagnostic("SITE051");
        Assert.Equal("empty cell", Html.Cell(Html.Page(site, EnPage), "total", "posthumous").GetAttribute("aria-label"));
    }

    [Fact]
    public void Strict_TurnsSite051IntoAFailure_AndWritesNothing()
    {
        var table = ReplaceOnce(Table, "collectives: 8", "collectives: 9");
        using var site = TestSite.Create(SiteWith(table));
        var result = site.BuildExpectingError(strict: true);
        site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 20"));
        Assert.True(result.ErrorCount > 0);
        Assert.False(File.Exists(Path.Combine(site.Output, ViPage)));
    }

    [Fact]
    public void Strict_WithHoldingIdentities_Succeeds()
    {
        using var site = TestSite.Create(SiteWith());
        site.BuildExpectingSuccess(strict: true);
        site.AssertFile(ViPage, "audit-ok");
    }
}
