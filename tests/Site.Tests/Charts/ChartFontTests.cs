using System.Text;
using Site.Charts;
using Site.Tests.Support;

namespace Site.Tests.Charts;

public class ChartFontTests
{
    private static ChartFonts Fonts() => ChartFonts.Load(new Site.Theming.ThemeFolders([Path.Combine(TestSite.RepositoryRoot, "theme")]), out var problem)
        ?? throw new InvalidOperationException(problem);

    [Fact]
    public void ThemeFonts_CoverVietnamese_StackedMarksIncluded()
    {
        using var fonts = Fonts();
        const string text = "Đổi mới nâng cao chất lượng giáo dục: Bảo vệ, chăm sóc sức khỏe; ệ ở ữ Ỹ ặ ẫ ự Đ đ";
        Assert.Null(fonts.MissingGlyph(text, bold: false));
        Assert.Null(fonts.MissingGlyph(text, bold: true));
        Assert.Equal(new Rune('中'), fonts.MissingGlyph("Tổng 中", bold: false));
    }

    [Fact]
    public void TableText_WithACharacterTheFontLacks_FailsTheBuildWithSite060()
    {
        using var site = TestSite.Create(ChartSites.Site.Replace("Phong trào thi đua thường xuyên", "Phong trào 中文", StringComparison.Ordinal));
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE060", "appendices/05.yml");
        Assert.Contains("U+4E2D '中'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Phong trào 中文", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PageTitle_WithAnEmoji_FailsTheBuildWithSite060_NamingTheCodePoint()
    {
        using var site = TestSite.Create(ChartSites.Site + """

            -- input/pages/about.vi.md --
            ---
            title: "Giới thiệu 🏆"
            summary: "Trang giới thiệu."
            ---

            Văn bản.
            """);
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE060", "about.vi.md");
        Assert.Contains("U+1F3C6", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PreviewTitle_WrapsBetweenWordsOnly_AndNeverOverflows()
    {
        using var fonts = Fonts();
        var words = Enumerable.Range(0, 60).Select(i => i % 3 == 0 ? "Phong" : i % 3 == 1 ? "trào" : "“Đổi-mới-nâng-cao-chất-lượng”").ToList();
        foreach (var count in new[] { 3, 12, 30, 60 })
        {
            var title = string.Join(' ', words.Take(count));
            var scene = PreviewCardRenderer.Layout(new PreviewCard(title, "Thi đua", "Báo cáo", "Nguồn: UBND tỉnh", "example.org"), fonts);
            var lines = scene.Texts.Where(t => t.Role == "title").ToList();
            Assert.All(lines, l => Assert.True(l.X + fonts.Measure(l.Text, l.Size, true) <= PreviewCardRenderer.Width - 80 + 0.5f, $"'{l.Text}' overflows at {l.Size}px"));
            Assert.All(lines, l => Assert.InRange(l.Y, 140, 490));
            var drawn = string.Join(' ', lines.Select(l => l.Text)).Replace(" …", string.Empty, StringComparison.Ordinal).Split(' ');
            Assert.Equal(words.Take(drawn.Length), drawn); // Whole words, in order: never cut inside one.
        }
    }
}
