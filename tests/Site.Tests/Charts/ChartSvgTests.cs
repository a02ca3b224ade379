using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Tests.Support;

namespace Site.Tests.Charts;

public class ChartSvgTests
{
    private static IDocument Page(TestSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    [Theory]
    [InlineData(ChartSites.AppendixPageVi, "1.795")]
    [InlineData(ChartSites.AppendixPageEn, "1,795")]
    public void RowsChart_HasOneBarPerPublishedCell_LabelledInThePagesNumberFormat(string path, string individuals)
    {
        using var site = TestSite.Create(ChartSites.Site);
        site.BuildExpectingSuccess();
        var svg = Page(site, path).QuerySelector("figure#chart-05-rows svg")!;
        Assert.NotNull(svg);
        var bars = svg.QuerySelectorAll("rect.bar").Select(b => long.Parse(b.GetAttribute("data-value")!)).ToList();
        Assert.Equal([101L, 1795L, 25L], bars);
        var values = svg.QuerySelectorAll("text.value").Select(t => t.TextContent.Split(" · ")[0]).ToList();
        Assert.Equal(["101", individuals, "25"], values);
    }

    [Theory]
    [InlineData("vi", ChartSites.AppendixPageVi, "trống · Cá nhân")]
    [InlineData("en", ChartSites.AppendixPageEn, "empty · Individuals")]
    public void EmptyCell_IsNotDrawnAsAZeroBar_ButLabelledEmpty(string language, string path, string label)
    {
        using var site = TestSite.Create(ChartSites.Site);
        site.BuildExpectingSuccess();
        var svg = Page(site, path).QuerySelector("figure#chart-05-rows svg")!;
        Assert.Equal([label], svg.QuerySelectorAll("text.empty").Select(t => t.TextContent));
        Assert.DoesNotContain(svg.QuerySelectorAll("rect.bar"), b => b.GetAttribute("data-value") == "0");
        Assert.Contains(language == "vi" ? "ô trống" : "empty cells", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_IsAnAccessibleImage_WithTitleDescAndNoStyleAttributes()
    {
        using var site = TestSite.Create(ChartSites.Site);
        site.BuildExpectingSuccess();
        var page = Page(site, ChartSites.AppendixPageEn);
        var figures = page.QuerySelectorAll("figure.chart");
        Assert.Equal(2, figures.Length);
        foreach (var figure in figures)
        {
            var svg = figure.QuerySelector("svg")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            var title = svg.QuerySelector("title")!;
            var desc = svg.QuerySelector("desc")!;
            Assert.Equal($"{title.Id} {desc.Id}", svg.GetAttribute("aria-labelledby"));
            Assert.StartsWith("Appendix 05", title.TextContent, StringComparison.Ordinal);
            Assert.Contains("The largest figure is 1,795", desc.TextContent, StringComparison.Ordinal);
            Assert.Empty(svg.QuerySelectorAll("[style], style"));
            Assert.NotEmpty(svg.QuerySelectorAll("text.title"));

            // The chart links to the table holding its data and to its PNG.
            var links = figure.QuerySelectorAll("figcaption a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Contains("#table-05", links);
            Assert.Contains(links, l => l.EndsWith(".en.png", StringComparison.Ordinal));
        }

        Assert.NotNull(page.QuerySelector("table#table-05"));
    }

    [Fact]
    public void SectorChart_UsesTheTotalRow_AndMarksTheAuditedCell()
    {
        using var site = TestSite.Create(ChartSites.Site);
        site.BuildExpectingSuccess();
        var svg = Page(site, ChartSites.AppendixPageVi).QuerySelector("figure#chart-05-sectors svg")!;
        var labels = svg.QuerySelectorAll("text.label").Select(t => t.TextContent).ToList();
        Assert.Equal(["Hành chính nhà nước", "Đối tượng khác"], labels);
        var bars = svg.QuerySelectorAll("rect.bar").ToList();
        Assert.Equal(["100", "1795"], bars.Select(b => b.GetAttribute("data-value")));

        // admin_collectives of the total row is 100 while its rows add up to 101: hatched, starred, footnoted.
        Assert.Equal("true", bars[0].GetAttribute("data-flagged"));
        Assert.Single(svg.QuerySelectorAll("rect.hatch"));
        Assert.Contains("100* · Tập thể", svg.QuerySelectorAll("text.value").Select(t => t.TextContent));
        Assert.StartsWith("*", svg.QuerySelector("text.note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["trống · Tập thể"], svg.QuerySelectorAll("text.empty").Select(t => t.TextContent));
    }

    [Fact]
    public void HomePage_ShowsTheOverviewChart_LinkingToTheAppendix()
    {
        using var site = TestSite.Create(ChartSites.Site);
        site.BuildExpectingSuccess();
        var figure = Page(site, "index.html").QuerySelector("figure#chart-overview")!;
        Assert.NotNull(figure);
        Assert.Equal(["126", "1795"], figure.QuerySelectorAll("rect.bar").Select(b => b.GetAttribute("data-value")));
        Assert.Contains(figure.QuerySelectorAll("figcaption a"), a => a.GetAttribute("href") == "vi/2022-05/phu-luc/05/");
    }
}
