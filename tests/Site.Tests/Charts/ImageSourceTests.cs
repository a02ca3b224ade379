using Site.Charts;
using Site.Tests.Support;

namespace Site.Tests.Charts;

/// <summary>Images that leave the site (chart PNGs, preview cards) carry their source: issuer, report, date and address.</summary>
public class ImageSourceTests
{
    private static ChartFonts Fonts() => ChartFonts.Load(new Site.Theming.ThemeFolders([Path.Combine(TestSite.RepositoryRoot, "theme")]), out var problem)
        ?? throw new InvalidOperationException(problem);

    [Fact]
    public void CreditBelowAScene_KeepsEveryTextOfTheChart_AndAddsTheSourceUnderIt_WrappedToItsWidth()
    {
        using var fonts = Fonts();
        var chart = new ChartScene(360, 200, "#ffffff", [new SceneRect(12, 40, 100, 16, "#0072B2", "bar")], [new SceneText(12, 20, "Phụ lục 05", 16, true, "#000000", "title")]);
        var lines = ImageCredit.Lines("Nguồn", "Ủy ban nhân dân tỉnh Lào Cai", "Báo cáo kết quả thực hiện các phong trào thi đua và công tác khen thưởng", "tháng 5/2022",
            "https://example.org/repo/vi/2022-05/phu-luc/05/");
        var scene = ImageCredit.Below(chart, lines, fonts);

        Assert.Equal(chart.Texts[0], scene.Texts[0]);
        Assert.Equal(chart.Rects[0], scene.Rects[0]);
        var credit = scene.Texts.Where(t => t.Role == "credit").ToList();
        Assert.True(credit.Count >= 3, "the source line of this length wraps at 360 units");
        Assert.All(credit, t => Assert.True(t.Y > chart.Height && t.Y < scene.Height, $"'{t.Text}' at {t.Y} is not between the chart ({chart.Height}) and the image's foot ({scene.Height})"));
        Assert.All(credit, t => Assert.True(fonts.Measure(t.Text, t.Size, t.Bold) <= 360 - 24, $"'{t.Text}' is wider than the image"));
        var text = string.Join(' ', credit.Select(t => t.Text));
        Assert.Contains("Nguồn: Ủy ban nhân dân tỉnh Lào Cai", text, StringComparison.Ordinal);
        Assert.Contains("tháng 5/2022", text, StringComparison.Ordinal);
        Assert.Equal("example.org/repo/vi/2022-05/phu-luc/05/", credit[^1].Text);
    }

    [Fact]
    public void CreditOfAPrintedDateWithItsDayLeftBlank_KeepsOneSpace()
    {
        var lines = ImageCredit.Lines("Nguồn", "UBND tỉnh", "Báo cáo", "ngày    tháng 5 năm 2022", "https://example.org/");
        Assert.Equal("Nguồn: UBND tỉnh, Báo cáo, ngày tháng 5 năm 2022", lines[0]);
    }

    /// <summary>
    /// The glyph check covers every text an image draws: an issuer the font cannot draw is reported as the chart's
    /// source line and as the preview card's, which shows that both images draw the issuer, report and date.
    /// </summary>
    [Fact]
    public void ImageSource_WithAnIssuerTheFontCannotDraw_FailsTheBuild_NamingTheChartsAndTheCardsSourceLines()
    {
        using var site = TestSite.Create(ChartSites.Site.Replace("issuer: { vi: \"UBND tỉnh\"", "issuer: { vi: \"UBND tỉnh 中\"", StringComparison.Ordinal));
        site.BuildExpectingError();
        var missing = site.Result!.Diagnostics.Where(d => d.Code == "SITE060").Select(d => d.Message).ToList();
        Assert.Contains(missing, m => m.Contains("\"Nguồn: UBND tỉnh 中, Báo cáo thử, tháng 5/2022\"", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("\"Nguồn: UBND tỉnh 中 · tháng 5/2022\"", StringComparison.Ordinal));
    }

    [Fact]
    public void PreviewCard_DrawsItsSourceAndAddress_OnTheBand_AndAStorysFact_UnderItsTitle()
    {
        using var fonts = Fonts();
        var card = new PreviewCard("Đoàn TNCS Hồ Chí Minh xã Điện Quan, huyện Bảo Yên: Tập thể điển hình tiên tiến", "Thi đua, khen thưởng tỉnh Lào Cai",
            "Báo cáo kết quả thực hiện các phong trào thi đua", "Nguồn: Ủy ban nhân dân tỉnh Lào Cai · tháng 5/2022", "example.org/vi/2022-05/dien-hinh/x",
            "31 bệnh nhân F0 được điều trị tại bệnh viện");
        var scene = PreviewCardRenderer.Layout(card, fonts);
        var band = scene.Rects.Single(r => r.Role == "band");
        Assert.Equal(card.Source, scene.Texts.Single(t => t.Role == "source").Text);
        Assert.Equal(card.Address, scene.Texts.Single(t => t.Role == "address").Text);
        Assert.All(scene.Texts.Where(t => t.Role is "source" or "address" or "edition"), t => Assert.True(t.Y > band.Y && t.Y < PreviewCardRenderer.Height, $"'{t.Text}' is off the band"));
        var fact = scene.Texts.Where(t => t.Role == "fact").ToList();
        Assert.Equal(card.Fact, string.Join(' ', fact.Select(t => t.Text)));
        var title = scene.Texts.Where(t => t.Role == "title").ToList();
        Assert.True(title.Max(t => t.Y) < fact.Min(t => t.Y - t.Size), "the fact overlaps the title");
        Assert.True(fact.Max(t => t.Y) < band.Y, "the fact runs into the band");

        var without = PreviewCardRenderer.Layout(card with { Fact = string.Empty }, fonts);
        Assert.DoesNotContain(without.Texts, t => t.Role == "fact");
    }
}
