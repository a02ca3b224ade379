using Site.Diagnostics;
using Site.Tests.Support;
using static Site.Tests.Data.DataSites;

namespace Site.Tests.Data;

public class FigureTests
{
    private const string ViFile = "editions/2022-05/movements/test.vi.md";

    /// <summary>The prose starts on line 8 of each page file, after six lines of front matter and a blank line.</summary>
    private const int ProseLine = 8;

    private static TestSite Build(string vi, string en, bool expectSuccess = true, string? table = null, bool strict = false)
    {
        var site = TestSite.Create(SiteWith(table, extra: Prose(vi, en)));
        var result = site.Build(strict);
        Assert.True(result.Succeeded == expectSuccess, $"expected success={expectSuccess}:\n{string.Join('\n', result.Diagnostics)}");
        return site;
    }

    private static AngleSharp.Dom.IElement Figure(TestSite site, string page)
    {
        var figures = Html.Page(site, page).QuerySelectorAll("main a.figure-ref");
        Assert.Single(figures);
        return figures[0];
    }

    [Theory]
    [InlineData(ViProse, "1.721", "../../phu-luc/05/#cell-1-flags", "Phụ lục 05 · Phong trào một · Cờ thi đua")]
    [InlineData(EnProse, "1,721", "../../appendices/05/#cell-1-flags", "Appendix 05 · Movement one · Emulation flags")]
    public void Figure_RendersTheCellInTheReadersFormat_LinkedToTheCell(string page, string display, string href, string title)
    {
        using var site = Build("Tỉnh tặng {{fig 05/1/flags}} cờ thi đua.", "The province awarded {{fig 05/1/flags}} flags.");
        site.AssertNoDiagnostic("SITE052");
        site.AssertNoDiagnostic("SITE053");
        var figure = Figure(site, page);
        Assert.Equal(display, figure.TextContent);
        Assert.Equal("1721", figure.QuerySelector("data")?.GetAttribute("value"));
        Assert.Equal(href, figure.GetAttribute("href"));
        Assert.Equal(title, figure.GetAttribute("title"));
        Assert.DoesNotContain("disagrees", figure.ClassList);
        Assert.DoesNotContain("{{fig", site.ReadOutput(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ViProse, ViPage)]
    [InlineData(EnProse, EnPage)]
    public void Figure_TheLinkLandsOnTheCitedCellOfTheAppendixPage(string page, string appendix)
    {
        using var site = Build("Có {{fig 05/total/individuals}} cá nhân.", "There were {{fig 05/total/individuals}} individuals.");
        var href = Figure(site, page).GetAttribute("href")!;
        var pageUrl = new Uri(new Uri("https://example.org/"), page);
        var target = new Uri(pageUrl, href);
        Assert.Equal(new Uri(new Uri("https://example.org/"), appendix.Replace("index.html", string.Empty, StringComparison.Ordinal)).AbsolutePath, target.AbsolutePath);
        var cell = Html.Page(site, appendix).GetElementById(target.Fragment[1..]);
        Assert.NotNull(cell);
        Assert.Equal("1733", cell!.TextContent.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Figure_AZeroCell_IsCitedAsZero()
    {
        using var site = Build("Không có {{fig 05/2/flags}} cờ.", "There were {{fig 05/2/flags}} flags.");
        Assert.Equal("0", Figure(site, EnProse).TextContent);
        Assert.Equal("0", Figure(site, ViProse).TextContent);
    }

    [Theory]
    [InlineData("{{fig 07/1/flags}}", "no appendix table '07'")]
    [InlineData("{{fig 5/1/flags}}", "no appendix table '5' in this edition (did you mean '05'?)")]
    [InlineData("{{fig 05/9/flags}}", "appendix 05 has no row '9'")]
    [InlineData("{{fig 05/1/flag}}", "appendix 05 has no column 'flag' (did you mean 'flags'?)")]
    [InlineData("{{fig 05/2/individuals}}", "the cell 05/2/individuals is empty")]
    [InlineData("{{fig 05/1}}", "appendix 05 has no column ''")]
    public void Figure_WhenTheCellCannotBeFound_IsSite052WithFileAndLine(string reference, string message)
    {
        using var site = Build($"Dòng đầu.\n\nSố liệu: {reference} như trên.", "Figures: {{fig 05/1/flags}}.", expectSuccess: false);
        var diagnostic = site.AssertDiagnostic("SITE052", ViFile, ProseLine + 2);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains(message, diagnostic.Message);
        Assert.Single(site.Result!.Diagnostics, d => d.Code == "SITE052");
    }

    /// <summary>
    /// Written as Hugo users write shortcodes, or nearly right: each is an error at its line and column that shows
    /// the form the generator reads, and the page shows the text as written, never a figure or a Liquid tag.
    /// </summary>
    [Theory]
    [InlineData("{{ fig 05/1/flags }}", "{{fig 05/1/flags}}")]
    [InlineData("{{Fig 05/1/flags}}", "{{fig 05/1/flags}}")]
    [InlineData("{{fig:05/1/flags}}", "{{fig 05/1/flags}}")]
    [InlineData("{{< fig 05/6/total 62 >}}", "{{fig 05/6/total 62}}")]
    [InlineData("{{figure 05/1/flags}}", "{{fig 05/1/flags}}")]
    public void Figure_ANearMissOfTheSyntax_IsSite052AtItsColumn_ShowingTheRightForm(string written, string right)
    {
        using var site = Build($"Dòng đầu.\n\nSố liệu: {written} như trên.", "Figures: {{fig 05/1/flags}}.", expectSuccess: false);
        var diagnostic = site.AssertDiagnostic("SITE052", ViFile, ProseLine + 2);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("Số liệu: ".Length + 1, diagnostic.Column);
        Assert.Contains(written, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(right, diagnostic.Hint, StringComparison.Ordinal);
        Assert.Single(site.Result!.Diagnostics, d => d.Code == "SITE052");
    }

    [Fact]
    public void Figure_BracesThatDoNotNameAFigure_AreOrdinaryText()
    {
        using var site = Build("Mẫu {{ tên }} và {{figs}} là chữ.", "Templates {{ name }} are text.");
        site.AssertNoDiagnostic("SITE052");
        Assert.Contains("Mẫu {{ tên }} và {{figs}} là chữ.", Html.Page(site, ViProse).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_WhenTheProsePrintsADifferentFigure_KeepsItInVietnamese_MarksItAndWarns()
    {
        using var site = Build("Bằng khen cho {{fig 05/6/total 62}} tập thể và cá nhân.", "Certificates went to {{fig 05/6/total 62}} collectives and individuals.");
        // Reported where the prose cites it, as a warning: both figures are kept as published until an editor confirms them.
        var warning = site.AssertDiagnostic("SITE053", ViFile, ProseLine);
        Assert.Equal(Severity.Warning, warning.Severity);
        site.AssertDiagnostic("SITE053", "editions/2022-05/movements/test.en.md", ProseLine);
        Assert.Contains("prints 62", warning.Message);
        Assert.Contains("prints 20", warning.Message);

        var vi = Figure(site, ViProse);
        Assert.Equal("62", vi.TextContent);
        Assert.Contains("disagrees", vi.ClassList);
        var main = Html.Page(site, ViProse).QuerySelector("main")!;
        Assert.NotNull(main.QuerySelector(".figure-ref.disagrees + .figure-note-mark")); // the mark that points to its note
        foreach (var mark in main.QuerySelectorAll(".figure-note-mark").ToList())
        {
            mark.Remove();
        }

        Assert.Contains("Bằng khen cho 62 tập thể", main.TextContent);
        var en = Figure(site, EnProse);
        Assert.Equal("62", en.TextContent);
        Assert.Contains("disagrees", en.ClassList);
        Assert.EndsWith("#cell-6-total", en.GetAttribute("href"));
    }

    [Fact]
    public void Figure_APrintedFigureWithThousands_IsKeptAsPrintedInVietnamese_AndReformattedInEnglish()
    {
        using var site = Build("Tổng cộng {{fig 05/1/total 2.100}} khen thưởng.", "In all {{fig 05/1/total 2.100}} awards.");
        site.AssertDiagnostic("SITE053", ViFile, ProseLine);
        Assert.Equal("2.100", Figure(site, ViProse).TextContent);
        Assert.Equal("2,100", Figure(site, EnProse).TextContent);
    }

    [Fact]
    public void Figure_APrintedFigureThatAgrees_IsNotMarked()
    {
        using var site = Build("Tổng cộng {{fig 05/1/total 2.000}} khen thưởng.", "In all {{fig 05/1/total 2.000}} awards.");
        site.AssertNoDiagnostic("SITE053");
        Assert.Equal("2.000", Figure(site, ViProse).TextContent);
        Assert.Equal("2,000", Figure(site, EnProse).TextContent);
        Assert.DoesNotContain("disagrees", Figure(site, ViProse).ClassList);
    }

    [Fact]
    public void Figure_InsideCode_IsLeftAsWritten()
    {
        using var site = Build("Viết `{{fig 05/1/flags}}` để trích số.", "Write `{{fig 05/1/flags}}` to cite a figure.");
        site.AssertFile(EnProse, "<code>{{fig 05/1/flags}}</code>");
    }

    /// <summary>The test table with row 2 printing 31 collectives (and the total row following).</summary>
    private static readonly string Table31 = ReplaceOnce(ReplaceOnce(ReplaceOnce(ReplaceOnce(Table,
        "total: 5", "total: 31"), "collectives: 5", "collectives: 31"), "total: 2025", "total: 2051"), "collectives: 292", "collectives: 318");

    [Fact]
    public void Figure_ATypoInTheProse_IsAWarningWithBothFigures_AndAnErrorUnderStrict()
    {
        const string vi = "Bằng khen cho {{fig 05/2/collectives 13}} tập thể.";
        const string en = "Certificates went to {{fig 05/2/collectives 31}} collectives.";
        using (var site = Build(vi, en, table: Table31))
        {
            var warning = site.AssertDiagnostic("SITE053", ViFile, ProseLine);
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.Equal(15, warning.Column);
            Assert.Equal("the text prints 13 but appendix 05 (05/2/collectives) prints 31", warning.Message);
            Assert.Contains("{ cell: \"2/collectives\", published: 31, text_prints: 13 }", warning.Hint);
            Assert.Single(site.Result!.Diagnostics, d => d.Code == "SITE053");
        }

        using (var site = Build(vi, en, expectSuccess: false, table: Table31, strict: true))
        {
            site.AssertDiagnostic("SITE053", ViFile, ProseLine);
            Assert.False(File.Exists(Path.Combine(site.Output, ViProse)));
        }
    }

    private const string ConfirmedText = "\nconfirmed_findings:\n  - { cell: \"6/total\", published: 20, text_prints: 62 }\n";

    [Fact]
    public void Figure_AConfirmedProseFigure_IsInfo_StrictPasses_AndThePageStillMarksIt()
    {
        var table = Table + ConfirmedText;
        using var site = Build("Bằng khen cho {{fig 05/6/total 62}} tập thể và cá nhân.", "Certificates went to {{fig 05/6/total 62}} people.", table: table, strict: true);
        var info = site.AssertDiagnostic("SITE053", ViFile, ProseLine);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Contains($"confirmed in input/editions/2022-05/appendices/05.yml, line {LineOf(table, "text_prints: 62 }")}", info.Message);
        Assert.Equal(Severity.Info, site.AssertDiagnostic("SITE053", "editions/2022-05/movements/test.en.md", ProseLine).Severity);
        Assert.Contains("disagrees", Figure(site, ViProse).ClassList);
        Assert.Contains("disagrees", Figure(site, EnProse).ClassList);
    }

    [Fact]
    public void Figure_AConfirmedProseFigure_WhenTheTextChanges_IsAWarningNamingTheConfirmation()
    {
        var table = Table + ConfirmedText;
        using var site = Build("Bằng khen cho {{fig 05/6/total 63}} tập thể và cá nhân.", "Certificates went to {{fig 05/6/total 62}} people.", table: table);
        var warning = site.AssertDiagnostic("SITE053", ViFile, ProseLine);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal($"the text prints 63 but appendix 05 (05/6/total) prints 20; input/editions/2022-05/appendices/05.yml (line {LineOf(table, "text_prints: 62 }")}) acknowledged the text printing 62 where the table prints 20", warning.Message);
        Assert.Equal(Severity.Info, site.AssertDiagnostic("SITE053", "editions/2022-05/movements/test.en.md", ProseLine).Severity);
    }

    [Fact]
    public void Figure_AConfirmedProseFigure_WhenTheCellChanges_IsAWarningAtTheConfirmationAndTheText()
    {
        var table = ReplaceOnce(ReplaceOnce(ReplaceOnce(Table, "total: 20", "total: 21"), "individuals: 12", "individuals: 13"), "individuals: 1733", "individuals: 1734");
        table = ReplaceOnce(table, "total: 2025", "total: 2026") + ConfirmedText;
        using var site = Build("Bằng khen cho {{fig 05/6/total 62}} tập thể và cá nhân.", "Certificates went to {{fig 05/6/total 62}} people.", table: table);
        Assert.Equal(Severity.Warning, site.AssertDiagnostic("SITE053", ViFile, ProseLine).Severity);
        var stale = site.AssertDiagnostic("SITE055", TablePath[6..], LineOf(table, "text_prints: 62 }"));
        Assert.Contains("acknowledged the table printing 20 where the text prints 62; the table now prints 21", stale.Message);
    }

    [Fact]
    public void Figure_AConfirmedProseFigure_ThatNoPagePrints_IsAWarningAtTheConfirmation()
    {
        var table = Table + ConfirmedText;
        using var site = Build("Bằng khen cho {{fig 05/6/total 20}} tập thể và cá nhân.", "Certificates went to {{fig 05/6/total}} people.", table: table);
        site.AssertNoDiagnostic("SITE053");
        var stale = site.AssertDiagnostic("SITE055", TablePath[6..], LineOf(table, "text_prints: 62 }"));
        Assert.Equal(Severity.Warning, stale.Severity);
        Assert.Contains("acknowledges the text printing 62 where the table prints 20, but no page prints it so", stale.Message);
    }
}
