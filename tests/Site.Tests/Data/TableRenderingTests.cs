using System.Text.Json;
using Site.Tests.Support;
using static Site.Tests.Data.DataSites;

namespace Site.Tests.Data;

public class TableRenderingTests
{
    [Theory]
    [InlineData(ViPage, "Phụ lục 05: Bảng tổng hợp thử", "Phụ đề thử", "Tên phong trào", "Bằng khen")]
    [InlineData(EnPage, "Appendix 05: Test summary", "Test subtitle", "Movement", "Certificates")]
    public void Table_HasACaptionAndScopedHeaders(string page, string caption, string subtitle, string rowHeader, string group)
    {
        using var site = TestSite.Create(SiteWith());
        site.BuildExpectingSuccess();
        var document = Html.Page(site, page);
        var table = document.QuerySelector("table.award-table")!;
        var captionElement = table.QuerySelector("caption")!;
        Assert.Same(table.FirstElementChild, captionElement);
        Assert.Equal(caption + subtitle, captionElement.TextContent);
        Assert.Equal(subtitle, captionElement.QuerySelector(".caption-sub")?.TextContent);

        var headRows = table.QuerySelectorAll("thead tr");
        Assert.Equal(2, headRows.Length);
        var top = headRows[0].QuerySelectorAll("th");
        Assert.Equal(["col", "col", "col", "colgroup"], top.Select(th => th.GetAttribute("scope")));
        Assert.Equal(rowHeader, top[0].TextContent);
        Assert.Equal(group, top[3].TextContent);
        Assert.Equal("2", top[3].GetAttribute("colspan"));
        Assert.All(top.Take(3), th => Assert.Equal("2", th.GetAttribute("rowspan")));
        var second = headRows[1].QuerySelectorAll("th");
        Assert.Equal(["col", "col"], second.Select(th => th.GetAttribute("scope")));
        Assert.Equal(["col-collectives", "col-individuals"], second.Select(th => th.Id));

        var bodyRows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(4, bodyRows.Length);
        Assert.All(bodyRows, tr =>
        {
            Assert.Equal("row", tr.Children[0].GetAttribute("scope"));
            Assert.Equal("TH", tr.Children[0].TagName);
            Assert.Equal(5, tr.Children.Length);
        });
        Assert.Equal("total", bodyRows[3].ClassName);
        Assert.Equal(caption, document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public void Table_WithoutGroups_HasOneHeaderRowWithoutRowspan()
    {
        var table = Table.Replace("    group: {vi: \"Bằng khen\", en: \"Certificates\"}\n", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(Table, table);
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess();
        var head = Html.Page(site, EnPage).QuerySelectorAll("thead tr");
        Assert.Single(head);
        Assert.All(head[0].QuerySelectorAll("th"), th =>
        {
            Assert.Equal("col", th.GetAttribute("scope"));
            Assert.False(th.HasAttribute("rowspan"));
        });
    }

    [Theory]
    [InlineData(ViPage, "1.721", "2.000", "1.724", "2.025")]
    [InlineData(EnPage, "1,721", "2,000", "1,724", "2,025")]
    public void Table_FormatsNumbersAsTheLanguageWritesThem(string page, string flags, string total, string flagsSum, string totalSum)
    {
        using var site = TestSite.Create(SiteWith());
        site.BuildExpectingSuccess();
        var document = Html.Page(site, page);
        Assert.Equal(flags, Html.Cell(document, "1", "flags").TextContent);
        Assert.Equal(total, Html.Cell(document, "1", "total").TextContent);
        Assert.Equal("279", Html.Cell(document, "1", "collectives").TextContent);
        Assert.Equal(flagsSum, Html.Cell(document, "total", "flags").TextContent);
        Assert.Equal(totalSum, Html.Cell(document, "total", "total").TextContent);
    }

    [Theory]
    [InlineData(ViPage, "ô trống")]
    [InlineData(EnPage, "empty cell")]
    public void Table_AnEmptyCellIsEmptyAndLabelled_AZeroIsZero(string page, string label)
    {
        using var site = TestSite.Create(SiteWith());
        site.BuildExpectingSuccess();
        var document = Html.Page(site, page);
        var empty = Html.Cell(document, "2", "individuals");
        Assert.Equal(string.Empty, empty.TextContent);
        Assert.Equal(label, empty.GetAttribute("aria-label"));
        var zero = Html.Cell(document, "2", "flags");
        Assert.Equal("0", zero.TextContent);
        Assert.False(zero.HasAttribute("aria-label"));
    }

    [Fact]
    public void Downloads_AnEmptyCellIsAnEmptyFieldOrNull_AZeroIsZero()
    {
        using var site = TestSite.Create(SiteWith());
        site.BuildExpectingSuccess();
        var wide = Csv.Parse(site.ReadOutput("data/2022-05/appendix-05.csv"));
        var header = wide[0].ToList();
        var row2 = wide.Single(r => r[0] == "2");
        Assert.Equal(string.Empty, row2[header.IndexOf("individuals")]);
        Assert.Equal("0", row2[header.IndexOf("flags")]);

        var tall = Csv.Parse(site.ReadOutput("data/2022-05/appendix-05-long.csv"));
        Assert.DoesNotContain(tall, r => r[1] == "2" && r[4] == "individuals");
        Assert.Contains(tall, r => r[1] == "2" && r[4] == "flags" && r[7] == "0");

        using var json = JsonDocument.Parse(site.ReadOutput("data/2022-05/appendix-05.json"));
        var cells = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "2").GetProperty("cells");
        Assert.Equal(JsonValueKind.Null, cells.GetProperty("individuals").ValueKind);
        Assert.Equal(JsonValueKind.Number, cells.GetProperty("flags").ValueKind);
        Assert.Equal(0, cells.GetProperty("flags").GetInt64());
    }
}
