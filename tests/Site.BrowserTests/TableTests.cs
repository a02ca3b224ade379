using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>At 360 px a wide table scrolls inside its own box; the page itself never scrolls sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TableTests(SiteServerFixture site)
{
    [Fact]
    public async Task Tables_AtNarrowWidth_ScrollInsideTheirBox()
    {
        var pages = site.HtmlFiles.Where(f => File.ReadAllText(Path.Combine(site.Output, f)).Contains("class=\"table-scroll\"", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 0, "the real site has no page with a table (.table-scroll)");
        await using var probe = await PageProbe.OpenAsync(site, SitePages.Narrow);
        foreach (var file in pages)
        {
            await probe.RunAsync("table-" + file, async () =>
            {
                await probe.GotoAsync(site.UrlOfFile(file));
                var boxes = probe.Page.Locator(".table-scroll");
                var count = await boxes.CountAsync();
                Assert.True(count > 0, $"{file} has the class table-scroll in its source but no .table-scroll box in the browser");
                for (var i = 0; i < count; i++)
                {
                    var box = boxes.Nth(i);
                    await box.ScrollIntoViewIfNeededAsync();
                    Assert.True(await box.Locator("table").IsVisibleAsync(), $"table {i + 1} of {file} is not visible");
                    var state = await box.EvaluateAsync<double[]>("""
                        b => {
                          const before = b.scrollLeft;
                          b.scrollLeft = 10000;
                          const after = b.scrollLeft;
                          b.scrollLeft = 0;
                          const r = b.getBoundingClientRect();
                          return [b.scrollWidth, b.clientWidth, after - before, r.left, r.right, window.innerWidth,
                                  ['auto', 'scroll'].includes(getComputedStyle(b).overflowX) ? 1 : 0];
                        }
                        """);
                    Assert.True(state[6] == 1, $"table box {i + 1} of {file} does not scroll (overflow-x is not auto/scroll)");
                    Assert.True(state[3] >= 0 && state[4] <= state[5] + 0.5, $"table box {i + 1} of {file} sticks out of the viewport ({state[3]}..{state[4]} of {state[5]})");
                    if (state[0] > state[1])
                    {
                        Assert.True(state[2] > 0, $"table {i + 1} of {file} is wider than its box ({state[0]} > {state[1]}) but the box did not scroll");
                    }
                }

                var (scrollWidth, innerWidth) = await probe.WidthsAsync();
                Assert.True(scrollWidth <= innerWidth, $"{file} scrolls sideways at 360 px: {scrollWidth} > {innerWidth}");
                probe.AssertNoProblems(file);
            });
        }

        // At least one table must actually be wider than a phone: otherwise this test proves nothing about scrolling.
        await probe.GotoAsync(site.UrlOfFile(pages[0]));
        var widest = await probe.Page.EvaluateAsync<int>("() => Math.max(...[...document.querySelectorAll('.table-scroll')].map(b => b.scrollWidth - b.clientWidth))");
        Assert.True(widest > 0, "no table of the first table page is wider than 360 px; the scrolling check did not exercise anything");
    }
}
