using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>Every kind of page loads at 360 px and 1280 px without console errors, failed requests or sideways scrolling.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageKindTests(SiteServerFixture site)
{
    [Theory]
    [MemberData(nameof(SitePages.KindsAtBothWidths), MemberType = typeof(SitePages))]
    public async Task PageKind_Loads_WithoutErrors(string kind, int width)
    {
        var relative = SitePages.Kinds[kind];
        await using var probe = await PageProbe.OpenAsync(site, width);
        probe.ExpectNotFound = kind == "not-found";
        await probe.RunAsync($"{kind}-{width}", async () =>
        {
            var response = await probe.GotoAsync(site.Url(relative));
            Assert.Equal(kind == "not-found" ? 404 : 200, response.Status);
            var h1 = probe.Page.Locator("main h1");
            Assert.Equal(1, await h1.CountAsync());
            Assert.True(await h1.IsVisibleAsync(), "the page's h1 is not visible");
            Assert.False(string.IsNullOrWhiteSpace(await h1.InnerTextAsync()), "the h1 is empty");
            Assert.True(await probe.Page.Locator("link[rel=stylesheet]").CountAsync() > 0);
            var background = await probe.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor");
            Assert.True(background != "rgba(0, 0, 0, 0)", "the stylesheet did not apply (the header has no background)");
            var (scrollWidth, innerWidth) = await probe.WidthsAsync();
            Assert.True(scrollWidth <= innerWidth, $"the page scrolls sideways at {width} px: scrollWidth {scrollWidth} > innerWidth {innerWidth}");
            probe.AssertNoProblems($"{kind} ({relative}) at {width} px");
        });
    }
}
