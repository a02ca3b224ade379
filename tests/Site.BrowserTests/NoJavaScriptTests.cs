using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>The site is progressive enhancement only: with JavaScript off, pages render and links navigate.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoJavaScriptTests(SiteServerFixture site)
{
    [Theory]
    [InlineData(SitePages.Narrow)]
    [InlineData(SitePages.Wide)]
    public async Task WithoutJavaScript_PagesRender_AndLinksNavigate(int width)
    {
        await using var probe = await PageProbe.OpenAsync(site, width, javaScript: false);
        await probe.RunAsync($"nojs-{width}", async () =>
        {
            await probe.GotoAsync(site.Url(""));
            Assert.True(await probe.Page.Locator("main h1").IsVisibleAsync());

            // Home → first listed page → its next page, by clicking.
            var card = probe.Page.Locator("main .cards a").First;
            var cardHref = await card.EvaluateAsync<string>("a => a.href");
            await card.ClickAsync();
            await probe.Page.WaitForURLAsync(cardHref);
            Assert.True(await probe.Page.Locator("main h1").IsVisibleAsync());
            var next = probe.Page.Locator("nav.prev-next a[rel=next]");
            var nextHref = await next.EvaluateAsync<string>("a => a.href");
            await next.ClickAsync();
            await probe.Page.WaitForURLAsync(nextHref);
            Assert.True(await probe.Page.Locator("main h1").IsVisibleAsync());

            // The main menu is plain links.
            var menu = probe.Page.Locator(".main-nav a").Last;
            var menuHref = await menu.EvaluateAsync<string>("a => a.href");
            await menu.ClickAsync();
            await probe.Page.WaitForURLAsync(menuHref);
            Assert.True(await probe.Page.Locator("main h1").IsVisibleAsync());

            // The language switch is a plain link.
            var english = probe.Page.Locator(".lang-switch a[hreflang=en]");
            var englishHref = await english.EvaluateAsync<string>("a => a.href");
            await english.ClickAsync();
            await probe.Page.WaitForURLAsync(englishHref);
            Assert.Equal("en", await probe.Page.GetAttributeAsync("html", "lang"));

            // A chapter: table of contents works; the copy buttons (which need JS) stay hidden.
            await probe.GotoAsync(site.Url(SitePages.Kinds["chapter"]));
            var toc = probe.Page.Locator("nav.toc a").Last;
            var hash = await toc.GetAttributeAsync("href");
            await toc.ClickAsync();
            await probe.Page.WaitForURLAsync(site.Url(SitePages.Kinds["chapter"]) + hash);
            Assert.Equal(0, await probe.Page.Locator("button.copy:visible").CountAsync());

            // A movement: its citation (copied by hand without JS) is shown.
            await probe.GotoAsync(site.Url(SitePages.Kinds["movement-en"]));
            Assert.True(await probe.Page.Locator("#citation").IsVisibleAsync(), "the citation text is not shown without JavaScript");
            Assert.Equal(0, await probe.Page.Locator("button.copy:visible").CountAsync());

            // The header search form submits to the search page, which says that search needs JavaScript.
            await probe.Page.FillAsync("#site-search", "thi dua");
            await probe.Page.PressAsync("#site-search", "Enter");
            await probe.Page.WaitForURLAsync(url => url.Contains("q=thi", StringComparison.Ordinal));
            var notice = probe.Page.Locator("main noscript p");
            Assert.True(await notice.IsVisibleAsync(), "the search page does not tell a reader without JavaScript that search needs it");
            Assert.StartsWith("The search box needs JavaScript.", await notice.InnerTextAsync(), StringComparison.Ordinal);

            // Every kind of page renders its heading and its stylesheet without JavaScript.
            foreach (var (kind, relative) in SitePages.Kinds)
            {
                probe.ExpectNotFound = kind == "not-found";
                await probe.GotoAsync(site.Url(relative));
                Assert.True(await probe.Page.Locator("main h1").IsVisibleAsync(), $"{kind} has no visible heading without JavaScript");
                var (scrollWidth, innerWidth) = await probe.WidthsAsync();
                Assert.True(scrollWidth <= innerWidth, $"{kind} scrolls sideways without JavaScript at {width} px");
            }

            probe.ExpectNotFound = false;
            probe.AssertNoProblems("without JavaScript");
        });
    }
}
