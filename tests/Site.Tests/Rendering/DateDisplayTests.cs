using System.Text.RegularExpressions;
using Site.Tests.Data;
using Site.Tests.SourceTruth;
using Site.Tests.Support;

namespace Site.Tests.Rendering;

/// <summary>A date the report gives to the month is shown to the month ("tháng 5/2022", "May 2022"), never with its blank day.</summary>
public partial class DateDisplayTests : IClassFixture<RealTablesFixture>
{
    private readonly RealTablesFixture _real;

    public DateDisplayTests(RealTablesFixture real)
    {
        _real = real;
    }

    /// <summary>The month and year the source prints after its blank day: "ngày         tháng 5 năm 2022".</summary>
    private static (int Month, int Year) SourceMonth()
    {
        var match = BlankDay().Match(SourceReport.Text);
        Assert.True(match.Success, "the source report prints no date with a blank day");
        return (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("vi/2022-05/phong-trao/phong-chong-covid-19/index.html", "vi")]
    [InlineData("en/2022-05/movements/covid-19/index.html", "en")]
    [InlineData("vi/2022-05/dien-hinh/hoang-tung/index.html", "vi")]
    [InlineData("en/2022-05/exemplary-models/hoang-tung/index.html", "en")]
    public void RealCitations_GiveTheReportsMonth_WithoutTheBlankDay(string path, string language)
    {
        var (month, year) = SourceMonth();
        var expected = language == "vi" ? $"tháng {month}/{year}" : $"{System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year}";
        var citation = Html.Parse(_real.ReadOutput(path)).QuerySelector("textarea#citation")!.TextContent;
        Assert.Contains($", {expected}. ", citation, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"ngày\s+tháng", citation);
        Assert.DoesNotContain("left blank", citation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi/2022-05/phu-luc/05/index.html", "tháng 5/2022")]
    [InlineData("en/2022-05/appendices/05/index.html", "May 2022")]
    public void RealAppendixSource_GivesTheMonth_AndShowsTheBlankDayOnlyAsAQuotationOfThePrintedLine(string path, string expected)
    {
        var document = Html.Parse(_real.ReadOutput(path));
        var source = document.QuerySelector(".table-source p")!.TextContent;
        Assert.Contains($", {expected}; ", source, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"ngày\s+tháng", source);
        Assert.NotNull(document.QuerySelector(".table-source .as-printed q"));
    }

    [Fact]
    public void AnEditionDatedToTheDay_IsCitedWithItsDay_InEachLanguagesWords()
    {
        using var site = TestSite.Create(DataSites.SiteWith().Replace("date: \"2022-05\"", "date: \"2022-05-17\"", StringComparison.Ordinal));
        site.BuildExpectingSuccess();
        Assert.Contains(", 17/5/2022; ", Html.Page(site, DataSites.ViPage).QuerySelector(".table-source p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(", 17 May 2022; ", Html.Page(site, DataSites.EnPage).QuerySelector(".table-source p")!.TextContent, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"ngày\s+tháng (\d{1,2}) năm (\d{4})")]
    private static partial Regex BlankDay();
}
