using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// Tables made for phones (360 px): scrolled both ways inside their frame, the column headings and row labels stay
/// in view; a visible hint says the table scrolls; one tap (no JavaScript needed) shows one card per row.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneTableTests(SiteServerFixture site)
{
    private static readonly string[] Appendices = ["vi/2022-05/phu-luc/05/", "en/2022-05/appendices/02/"];

    /// <summary>Appendix 05 (seven rows) is taller than its frame at 360 × 800; appendix 02 (four rows) is not, and scrolls sideways only.</summary>
    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public async Task ScrolledBothWays_TheColumnHeadingsAndRowLabelsStayInView(int which, bool taller)
    {
        await using var probe = await PageProbe.OpenAsync(site, SitePages.Narrow);
        await probe.RunAsync("phone-table-" + which, async () =>
        {
            await probe.GotoAsync(site.Url(Appendices[which]));
            var box = probe.Page.Locator(".table-scroll").First;
            await box.ScrollIntoViewIfNeededAsync();
            var state = await box.EvaluateAsync<double[]>("""
                b => {
                  b.scrollTop = 0; b.scrollLeft = 0;
                  const head = b.querySelector('thead th:not(:first-child)'), label = b.querySelector('tbody tr:last-child th');
                  const before = [head.getBoundingClientRect().top, label.getBoundingClientRect().left];
                  b.scrollTop = 10000; b.scrollLeft = 10000;
                  const r = b.getBoundingClientRect(), h = head.getBoundingClientRect(), l = label.getBoundingClientRect();
                  return [b.scrollTop, b.scrollLeft, h.top - r.top, l.left - r.left, before[0] - r.top, h.bottom <= r.bottom ? 1 : 0];
                }
                """);
            Assert.True(taller == state[0] > 0, $"the table's frame scrolled down by {state[0]} px; expected {(taller ? "some" : "none")}");
            Assert.True(state[1] > 0, $"the table's frame did not scroll sideways (scrollLeft {state[1]})");
            if (taller)
            {
                Assert.InRange(state[2], -1, 2); // scrolled down, a heading of the first header row holds at the frame's top
            }

            Assert.InRange(state[3], -1, 2); // the last row's label is at the frame's left edge
            Assert.True(state[5] == 1, "the column heading is not inside the frame after scrolling");
            Assert.True(await probe.Page.Locator(".scroll-hint").First.IsVisibleAsync(), "no visible hint says the table scrolls");
            probe.AssertNoProblems(Appendices[which]);
        });
    }

    [Fact]
    public async Task OneTap_ShowsOneCardPerRow_WithoutJavaScript()
    {
        await using var probe = await PageProbe.OpenAsync(site, SitePages.Narrow, javaScript: false);
        await probe.RunAsync("phone-cards", async () =>
        {
            await probe.GotoAsync(site.Url(Appendices[0]));
            var cards = probe.Page.Locator(".row-card");
            Assert.False(await cards.First.IsVisibleAsync(), "the cards are shown before the tap");
            await probe.Page.Locator(".table-cards summary").First.ClickAsync();
            var rows = await probe.Page.Locator(".award-table tbody tr").CountAsync();
            Assert.True(rows > 3);
            Assert.Equal(rows, await cards.CountAsync());
            Assert.True(await cards.Last.IsVisibleAsync(), "the cards did not open");
            var (scrollWidth, innerWidth) = await probe.WidthsAsync();
            Assert.True(scrollWidth <= innerWidth, $"the cards make the page scroll sideways: {scrollWidth} > {innerWidth}");
            // The total row's card gives the total as printed, in the reader's number format.
            Assert.Contains("1.721", await cards.Last.InnerTextAsync(), StringComparison.Ordinal);
        });
    }
}
