using Site.Diagnostics;
using Site.Tests.Support;
using static Site.Tests.Data.DataSites;

namespace Site.Tests.Data;

public class FigureTests
{
    private const string ViFile = "editions/2022-05/movements/test.vi.md";

    /// <summary>The prose starts on line 8 of each page file, after six lines of front matter and a blank line.</summary>
    private const int ProseLine = 8;

    private static TestSite Build(string vi, string en, bool expectSuccess = true)
    {
        var site = TestSite.Create(SiteWith(extra: Prose(vi, en)));
        var result = site.Build();
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

    [Fact]
    public void Figure_WhenTheProsePrintsADifferentFigure_KeepsItInVietnamese_MarksItAndWarns()
    {
        using var site = Build("Bằng khen cho {{fig 05/6/total 62}} tập thể và cá nhân.", "Certificates went to {{fig 05/6/total 62}} collectives and individuals.");
        // Reported where the prose cites it; not an error: both figures are kept as published.
        var warning = site.AssertDiagnostic("SITE053", ViFile, ProseLine);
        Assert.NotEqual(Severity.Error, warning.Severity);
        site.AssertDiagnostic("SITE053", "editions/2022-05/movements/test.en.md", ProseLine);
        Assert.Contains("prints 62", warning.Message);
        Assert.Contains("prints 20", warning.Message);

        var vi = Figure(site, ViProse);
        Assert.Equal("62", vi.TextContent);
        Assert.Contains("disagrees", vi.ClassList);
        Assert.Contains("Bằng khen cho 62 tập thể", Html.Page(site, ViProse).QuerySelector("main")!.TextContent);
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
}
