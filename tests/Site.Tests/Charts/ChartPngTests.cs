using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using SkiaSharp;
using Site.Tests.Support;

namespace Site.Tests.Charts;

public class ChartPngTests
{
    private static SKBitmap Decode(TestSite site, string path)
    {
        var full = Path.Combine(site.Output, path);
        Assert.True(File.Exists(full), $"{path} was not written");
        return SKBitmap.Decode(full) ?? throw new InvalidOperationException($"{path} is not an image");
    }

    /// <summary>How many pixels of the region differ clearly from <paramref name="background"/>.</summary>
    private static int Ink(SKBitmap bitmap, SKRectI region, SKColor background)
    {
        var count = 0;
        for (var y = region.Top; y < region.Bottom; y++)
        {
            for (var x = region.Left; x < region.Right; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (Math.Abs(c.Red - background.Red) + Math.Abs(c.Green - background.Green) + Math.Abs(c.Blue - background.Blue) > 60)
                {
                    count++;
                }
            }
        }

        return count;
    }

    [Fact]
    public void ChartPng_IsTheSvgAtTwiceItsSize_WithTitleAndBarsDrawn_AndItsSourceDrawnBelow()
    {
        using var site = TestSite.Create(ChartSites.Site);
        site.BuildExpectingSuccess();
        var svg = new HtmlParser().ParseDocument(site.ReadOutput(ChartSites.AppendixPageVi)).QuerySelector("figure#chart-05-rows svg")!;
        var viewBox = svg.GetAttribute("viewBox")!.Split(' ').Select(float.Parse).ToArray();
        using var png = Decode(site, "charts/2022-05/appendix-05-rows.vi.png");
        Assert.Equal((int)Math.Ceiling(viewBox[2] * 2), png.Width);

        // Below the chart the page shows, the PNG draws its source (a rule and two lines at least): it travels alone.
        var chartBottom = (int)Math.Ceiling(viewBox[3] * 2);
        Assert.True(png.Height >= chartBottom + 2 * 2 * 11 * 1.35, $"the PNG is {png.Height} px high, the chart alone {chartBottom}: no room for a source line");
        Assert.True(Ink(png, new SKRectI(0, chartBottom + 6, png.Width, png.Height), SKColors.White) > 500, "no source text under the chart in the PNG");

        // The title's first line sits in the top 40 units; the first bar (Okabe–Ito blue) further down.
        Assert.True(Ink(png, new SKRectI(0, 0, png.Width, 80), SKColors.White) > 500, "no title text in the PNG");
        var bar = svg.QuerySelector("rect.bar")!;
        var x = (int)(float.Parse(bar.GetAttribute("x")!) * 2) + 2;
        var y = (int)(float.Parse(bar.GetAttribute("y")!) * 2) + 8;
        Assert.Equal(SKColor.Parse("#0072B2"), png.GetPixel(x, y));
    }

    [Fact]
    public void PreviewImage_Is1200x630_WithTheTitleDrawn_AndNamedInTheHead()
    {
        using var site = TestSite.Create(ChartSites.Site);
        site.BuildExpectingSuccess();
        site.AssertFile(ChartSites.AppendixPageVi,
            "<meta property=\"og:image\" content=\"https://example.org/repo/previews/vi/2022-05/phu-luc/05.png\">",
            "<meta name=\"twitter:card\" content=\"summary_large_image\">");
        site.AssertFile("index.html", "content=\"https://example.org/repo/previews/index.png\"");
        using var png = Decode(site, "previews/vi/2022-05/phu-luc/05.png");
        Assert.Equal(1200, png.Width);
        Assert.Equal(630, png.Height);
        var blue = SKColor.Parse("#0b5394");
        Assert.Equal(blue, png.GetPixel(20, 300));
        Assert.True(Ink(png, new SKRectI(80, 140, 1120, 490), blue) > 5000, "no title text in the preview");
        Assert.True(Ink(png, new SKRectI(80, 530, 1120, 620), SKColors.White) > 1000, "no edition text on the band");
    }

    [Fact]
    public void PreviewCardsOff_DrawsNoCards_AndThePagesAskForASmallCard()
    {
        using var site = TestSite.Create(ChartSites.Site);
        site.WriteFile("input/site.yml", File.ReadAllText(Path.Combine(site.Input, "site.yml")) + "\npreview_cards: false\n");
        site.BuildExpectingSuccess();
        Assert.DoesNotContain(site.ListOutput(), p => p.StartsWith("previews/", StringComparison.Ordinal));
        var page = site.ReadOutput(ChartSites.AppendixPageVi);
        Assert.DoesNotContain("og:image", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "charts/2022-05/appendix-05-rows.vi.png")), "charts must still be drawn");
    }

    [Fact]
    public void ImageCacheFolder_GivesTheSameBytes_RedrawsADamagedEntry_AndDrawsAChangedCardAnew()
    {
        using var site = TestSite.Create(ChartSites.Site);
        var cache = Path.Combine(site.Root, "cache");
        site.BuildExpectingSuccess();
        var drawn = Hashes(site);
        Directory.Delete(site.Output, recursive: true);

        site.BuildExpectingSuccess(cacheDirectory: cache);
        var cached = Directory.GetFiles(Path.Combine(cache, "images"), "*.png", SearchOption.AllDirectories);
        Assert.Equal(site.ListOutput().Count(p => p.EndsWith(".png", StringComparison.Ordinal)), cached.Length);
        Assert.Equal(drawn, Hashes(site));

        File.WriteAllBytes(cached[0], File.ReadAllBytes(cached[0])[..100]); // cut short, as by a full disk
        site.BuildExpectingSuccess(cacheDirectory: cache);
        Assert.Equal(drawn, Hashes(site));

        var appendix = Path.Combine(site.Input, "editions/2022-05/appendices/05.yml");
        File.WriteAllText(appendix, File.ReadAllText(appendix).Replace("{ vi: \"Báo cáo tổng hợp", "{ vi: \"Mới: Báo cáo tổng hợp", StringComparison.Ordinal));
        site.BuildExpectingSuccess(cacheDirectory: cache);
        var changed = Hashes(site).Where(h => h.Key.EndsWith(".png", StringComparison.Ordinal) && drawn.GetValueOrDefault(h.Key) != h.Value).Select(h => h.Key).ToList();
        Assert.Contains("previews/vi/2022-05/phu-luc/05.png", changed);
        Assert.All(changed, path => Assert.True(path.Contains("/vi/", StringComparison.Ordinal) || path.EndsWith(".vi.png", StringComparison.Ordinal), $"{path} changed with a Vietnamese title"));
    }

    [Fact]
    public void SameInput_GivesByteIdenticalImagesAndPages()
    {
        using var site = TestSite.Create(ChartSites.Site);
        site.BuildExpectingSuccess();
        var first = Hashes(site);
        Directory.Delete(site.Output, recursive: true);
        site.BuildExpectingSuccess();
        var second = Hashes(site);
        Assert.Contains(first.Keys, k => k.StartsWith("charts/", StringComparison.Ordinal));
        Assert.Contains(first.Keys, k => k.StartsWith("previews/", StringComparison.Ordinal));
        Assert.Equal(first, second);
    }

    private static Dictionary<string, string> Hashes(TestSite site) => site.ListOutput()
        .Where(p => p.EndsWith(".png", StringComparison.Ordinal) || p.EndsWith(".html", StringComparison.Ordinal))
        .ToDictionary(p => p, p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(site.Output, p)))));
}
