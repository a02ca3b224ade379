using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>Search answers a query typed without diacritics ("thi dua" finds "thi đua"), ten results at a time.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(SiteServerFixture site)
{
    [Theory]
    [InlineData(SitePages.Narrow)]
    [InlineData(SitePages.Wide)]
    public async Task Search_WithoutDiacritics_FindsVietnamesePages(int width)
    {
        var url = site.Url(SitePages.Kinds["search-vi"]);
        var script = Path.Combine(SiteServerFixture.RepositoryRoot, "theme", "assets", "search.js");
        var searchPage = File.ReadAllText(Path.Combine(site.Output, SitePages.Kinds["search-vi"], "index.html"));
        Assert.True(File.Exists(script), "theme/assets/search.js does not exist");
        Assert.Contains("search.js", searchPage, StringComparison.Ordinal);
        await using var probe = await PageProbe.OpenAsync(site, width);
        await probe.RunAsync($"search-{width}", async () =>
        {
            await probe.GotoAsync(url);
            var results = probe.Page.Locator("#search-results li");
            await probe.Page.FillAsync("#search-input", "thi dua khen thuong");
            await probe.Page.PressAsync("#search-input", "Enter");
            Assert.True(await WaitForResultsAsync(results), "no result for 'thi dua khen thuong' (typed without diacritics)");

            var text = (await probe.Page.Locator("#search-results").InnerTextAsync()).ToLowerInvariant();
            Assert.Contains("thi đua", text);

            // Ten results at first (each one's page is downloaded only when shown); the button shows the next ones.
            Assert.Equal(10, await results.CountAsync());
            var more = probe.Page.Locator("button.search-more");
            Assert.True(await more.IsVisibleAsync(), "more than ten pages match, but there is no button to show them");
            await more.ClickAsync();
            await probe.Page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results li').length > 10");
            Assert.True(await probe.Page.EvaluateAsync<bool>("() => document.activeElement === document.querySelectorAll('#search-results li > a')[10]"), "focus should move to the first new result");
            var first = results.First.Locator("a").First;
            var href = await first.EvaluateAsync<string>("a => a.href");
            await first.ClickAsync();
            await probe.Page.WaitForURLAsync(u => u.StartsWith(href.Split('#')[0], StringComparison.Ordinal));
            probe.AssertNoProblems("search");
        });
    }

    private static async Task<bool> WaitForResultsAsync(ILocator results)
    {
        try
        {
            await results.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
