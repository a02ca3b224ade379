using Site.Tests.Data;
using Site.Tests.SourceTruth;
using Site.Tests.Support;

namespace Site.Tests.Rendering;

/// <summary>A figure never travels without its caveat: the text's figures, the key figures and every table cell carry it.</summary>
public class FigureCaveatTests : IClassFixture<RealTablesFixture>
{
    private readonly RealTablesFixture _real;

    public FigureCaveatTests(RealTablesFixture real)
    {
        _real = real;
    }

    [Theory]
    [InlineData("vi/2022-05/phong-trao/quoc-phong-an-ninh/index.html", "62")]
    [InlineData("en/2022-05/movements/defence-security/index.html", "62")]
    public void Section324_TheTextsCollectivesAndIndividuals_PointToTheNoteOnTheTablesTotalOf20(string path, string sum)
    {
        // The source: the text gives 20 collectives and 42 individuals; the table's row 6 prints 5, 20, 20, 20, 42.
        Assert.Contains("tặng Bằng khen cho 20 tập thể và 42 cá nhân", SourceReport.Text, StringComparison.Ordinal);
        Assert.Equal([5, 20, 20, 20, 42], SourceReport.Appendix("05")[5].Numbers.Take(5));
        var page = Html.Parse(_real.ReadOutput(path));
        var marked = page.QuerySelectorAll(".prose .figure-ref + .figure-note-mark").Select(m => m.PreviousElementSibling!.TextContent).ToList();
        Assert.Equal(["20", "42"], marked);
        var note = page.QuerySelector(page.QuerySelector(".figure-note-mark")!.GetAttribute("href")!)!;
        Assert.Contains(" 20", note.TextContent, StringComparison.Ordinal);
        Assert.Contains(sum, note.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi/2022-05/phong-trao/xay-dung-nong-thon-moi/index.html", "để trống")]
    [InlineData("en/2022-05/movements/new-rural-areas/index.html", "empty")]
    public void Section22_TheLabourOrdersTheTextCites_AreMarked_BecauseTheTablesRowIsEmpty(string path, string empty)
    {
        Assert.Contains("02 tập thể và 01 cá nhân được tặng Huân chương Lao động hạng ba", SourceReport.Text, StringComparison.Ordinal);
        Assert.Empty(SourceReport.Appendix("02")[0].Numbers); // row 1, Huân chương lao động, prints nothing
        var page = Html.Parse(_real.ReadOutput(path));
        var notes = page.QuerySelectorAll(".figure-notes li").Select(li => li.TextContent).ToList();
        Assert.Contains(notes, n => n.Contains(" 2,", StringComparison.Ordinal) || n.Contains(" 2 ", StringComparison.Ordinal) || n.Contains("in 02", StringComparison.Ordinal));
        Assert.True(notes.Count(n => n.Contains(empty, StringComparison.Ordinal)) >= 4, string.Join('\n', notes));
        Assert.All(page.QuerySelectorAll(".figure-ref.disagrees"), f => Assert.True(f.NextElementSibling?.ClassList.Contains("figure-note-mark"), f.TextContent + " has no note mark"));
    }

    [Theory]
    [InlineData("index.html", "1.721", "không gồm 128 Cờ Thi đua", "tháng 5/2022")]
    [InlineData("en/index.html", "1,721", "not the 128 Provincial Emulation Flags", "May 2022")]
    public void HomeKeyFigure_TheTotalOfAppendix05_IsMarked_AndItsCitationGivesWhatItCountsThePeriodTheCaveatAndTheCell(string path, string total, string flags, string date)
    {
        var printed = SourceReport.Appendix("05")[^1].Numbers;
        Assert.Equal([128, 1721], printed.Take(2)); // the source's total row: 128 flags, 1.721 certificates
        var page = Html.Parse(_real.ReadOutput(path));
        var figure = page.QuerySelectorAll(".key-figure-values > div").Single(d => d.QuerySelector("dd a")!.TextContent == total);
        Assert.NotNull(figure.QuerySelector(".audit-mark"));
        var citation = figure.QuerySelector("details.figure-cite textarea")!.TextContent;
        Assert.StartsWith(total + ":", citation, StringComparison.Ordinal);
        Assert.Contains(flags, citation, StringComparison.Ordinal);
        Assert.Contains(date, citation, StringComparison.Ordinal);
        Assert.Contains("1.763", citation.Replace(',', '.'), StringComparison.Ordinal); // the caveat: the rows add up to 1,763
        Assert.EndsWith("05/#cell-total-total", citation, StringComparison.Ordinal);
        var note = page.QuerySelector(figure.QuerySelector(".audit-mark")!.GetAttribute("href")!);
        Assert.NotNull(note);
    }

    [Fact]
    public void EveryPrintedCellOfARealTable_LinksToItsCitation_WithItsPermanentAddress()
    {
        var page = Html.Parse(_real.ReadOutput("vi/2022-05/phu-luc/05/index.html"));
        var cells = page.QuerySelectorAll(".award-table td:not([aria-label])").ToList();
        Assert.True(cells.Count > 60, $"only {cells.Count} printed cells");
        foreach (var cell in cells)
        {
            var link = cell.QuerySelector("a.cite-link")!;
            var sheet = page.QuerySelector(link.GetAttribute("href")!)!;
            var text = sheet.QuerySelector("textarea")!.TextContent;
            Assert.StartsWith(link.TextContent + ":", text, StringComparison.Ordinal);
            Assert.EndsWith("#" + cell.Id, text, StringComparison.Ordinal);
            Assert.Contains("Từ ngày 01/01/2021 đến hết ngày 31/3/2022", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AProseFigure_IsMarkedOnlyWhileItsRowDoesNotAddUp()
    {
        var prose = DataSites.Prose("Cờ {{fig 05/6/flags}}; {{fig 05/6/collectives}} tập thể.", "Flags {{fig 05/6/flags}}; {{fig 05/6/collectives}} collectives.");
        using var consistent = TestSite.Create(DataSites.SiteWith(extra: prose));
        consistent.BuildExpectingSuccess();
        Assert.Empty(Html.Page(consistent, DataSites.ViProse).QuerySelectorAll(".figure-note-mark"));

        // Break row 6's "total = collectives + individuals": the collectives it cites are now part of a sum that fails.
        using var broken = TestSite.Create(DataSites.SiteWith(DataSites.ReplaceOnce(DataSites.Table, "total: 20", "total: 21"), prose));
        broken.Build();
        var page = Html.Page(broken, DataSites.EnProse);
        var mark = Assert.Single(page.QuerySelectorAll(".figure-note-mark"));
        Assert.Equal("8", mark.PreviousElementSibling!.TextContent); // the collectives, not the flags (no sum of the row holds them)
        Assert.Contains("published 21", page.QuerySelector("#figure-note-1")!.TextContent, StringComparison.Ordinal);
    }
}
