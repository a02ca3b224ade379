using System.Globalization;
using Site.BrowserTests.Support;
using Xunit.Abstractions;

namespace Site.BrowserTests;

/// <summary>On a phone (360 × 800 px) the page's title is within the first screen, on every kind of page, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstScreenTests(SiteServerFixture site, ITestOutputHelper output)
{
    private const int ScreenHeight = 800;

    [Fact]
    public async Task PageTitle_AtPhoneWidth_IsWithinTheFirstScreen_OnEveryPageKind_InBothLanguages()
    {
        await using var probe = await PageProbe.OpenAsync(site, SitePages.Narrow);
        var measured = new List<(string Kind, string Url, double Top, double Bottom)>();
        foreach (var (kind, relative) in SitePages.Kinds)
        {
            probe.ExpectNotFound = kind == "not-found";
            await probe.GotoAsync(site.Url(relative));
            var urls = new List<string> { probe.Page.Url };
            // The same page in the other language, through the language switch (the 404 page has one address).
            foreach (var href in await probe.Page.Locator(".lang-switch a[hreflang]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)"))
            {
                urls.Add(href);
            }

            foreach (var url in urls.Distinct(StringComparer.Ordinal))
            {
                if (measured.Any(m => m.Url == url))
                {
                    continue;
                }

                await probe.GotoAsync(url);
                var box = await probe.Page.EvaluateAsync<double[]>("() => { const r = document.querySelector('main h1').getBoundingClientRect(); return [r.top + scrollY, r.bottom + scrollY]; }");
                measured.Add((kind, url, box[0], box[1]));
            }
        }

        var report = string.Join('\n', measured.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Kind,-20} {m.Top,6:0} {m.Bottom,6:0}  {m.Url[site.BaseUrl.Length..]}")));
        output.WriteLine("kind                 h1 top (header height before the title) / h1 bottom, px at 360 × 800\n" + report);
        Directory.CreateDirectory(SiteServerFixture.ScreenshotFolder);
        await File.WriteAllTextAsync(Path.Combine(SiteServerFixture.ScreenshotFolder, "title-positions.txt"), report + "\n");
        var oneLanguageOnly = measured.GroupBy(m => m.Kind).Where(g => g.Key != "not-found" && g.Count() < 2).Select(g => g.Key).ToList();
        Assert.True(oneLanguageOnly.Count == 0, "measured in one language only: " + string.Join(", ", oneLanguageOnly));
        var below = measured.Where(m => m.Bottom > ScreenHeight).ToList();
        Assert.True(below.Count == 0, "the title ends below the first screen (800 px) on:\n" + string.Join('\n', below.Select(m => $"{m.Url}: {m.Bottom:0} px")));
    }
}
