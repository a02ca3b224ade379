using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>Language switch, table of contents and previous/next links, clicked as a reader would.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(SiteServerFixture site)
{
    /// <summary>Each Vietnamese movement's language switch lands on the English movement of the same file stem.</summary>
    [Theory]
    [InlineData(SitePages.Narrow)]
    [InlineData(SitePages.Wide)]
    public async Task LanguageSwitch_OnMovement_LandsOnTheTranslation(int width)
    {
        var folder = Path.Combine(SiteServerFixture.RepositoryRoot, "input", "editions", "2022-05", "movements");
        var stems = Directory.EnumerateFiles(folder, "*.vi.md").Select(f => Path.GetFileName(f)[..^".vi.md".Length])
            .Where(s => s != "_index" && File.Exists(Path.Combine(folder, s + ".en.md"))).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(stems);
        var viSection = SitePages.FrontMatter(Path.Combine(folder, "_index.vi.md"), "slug") ?? "phong-trao";
        var enSection = SitePages.FrontMatter(Path.Combine(folder, "_index.en.md"), "slug") ?? "movements";

        // At 1280 px every movement; at 360 px the first one (the switch must be reachable on a phone too).
        await using var probe = await PageProbe.OpenAsync(site, width);
        foreach (var stem in width == SitePages.Wide ? stems : stems.Take(1))
        {
            var viSlug = SitePages.FrontMatter(Path.Combine(folder, stem + ".vi.md"), "slug") ?? stem;
            var enSlug = SitePages.FrontMatter(Path.Combine(folder, stem + ".en.md"), "slug") ?? stem;
            var from = site.Url($"vi/2022-05/{viSection}/{viSlug}/");
            var expected = site.Url($"en/2022-05/{enSection}/{enSlug}/");
            await probe.RunAsync($"lang-switch-{stem}-{width}", async () =>
            {
                var response = await probe.GotoAsync(from);
                Assert.Equal(200, response.Status);
                var english = probe.Page.Locator(".lang-switch a[hreflang=en]");
                Assert.True(await english.IsVisibleAsync(), $"no visible English link in the language switch of {from}");
                await english.ClickAsync();
                await probe.Page.WaitForURLAsync(expected, new PageWaitForURLOptions { Timeout = 5000 });
                Assert.Equal("en", await probe.Page.GetAttributeAsync("html", "lang"));
                var back = probe.Page.Locator(".lang-switch a[hreflang=vi]");
                Assert.Equal(from, await back.EvaluateAsync<string>("a => a.href"));
                probe.AssertNoProblems($"language switch {stem}");
            });
        }
    }

    [Theory]
    [InlineData(SitePages.Narrow)]
    [InlineData(SitePages.Wide)]
    public async Task TableOfContents_LinksScrollToTheirHeadings(int width)
    {
        await using var probe = await PageProbe.OpenAsync(site, width);
        var url = site.Url(SitePages.Kinds["chapter"]);
        await probe.RunAsync($"toc-{width}", async () =>
        {
            await probe.GotoAsync(url);
            var links = probe.Page.Locator("nav.toc a");
            var count = await links.CountAsync();
            Assert.True(count > 2, $"the chapter {url} has no table of contents");
            foreach (var index in new[] { 0, count / 2, count - 1 }.Distinct())
            {
                var link = links.Nth(index);
                var hash = await link.GetAttributeAsync("href");
                Assert.StartsWith("#", hash);
                var target = probe.Page.Locator($"[id='{hash![1..]}']");
                Assert.Equal(1, await target.CountAsync());
                Assert.Matches("^H[2-6]$", await target.EvaluateAsync<string>("e => e.tagName"));
                await link.ClickAsync();
                await probe.Page.WaitForURLAsync(url + hash, new PageWaitForURLOptions { Timeout = 5000 });
                await probe.Page.WaitForFunctionAsync("id => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= -2 && r.top < window.innerHeight; }", hash[1..], new PageWaitForFunctionOptions { Timeout = 5000 });
            }

            probe.AssertNoProblems("table of contents");
        });
    }

    [Theory]
    [InlineData(SitePages.Narrow)]
    [InlineData(SitePages.Wide)]
    public async Task PrevNext_NavigateBetweenChapters(int width)
    {
        await using var probe = await PageProbe.OpenAsync(site, width);
        var start = site.Url(SitePages.Kinds["chapter"]);
        await probe.RunAsync($"prev-next-{width}", async () =>
        {
            await probe.GotoAsync(start);
            foreach (var direction in new[] { "next", "prev" })
            {
                var link = probe.Page.Locator($"nav.prev-next a[rel={direction}]");
                Assert.True(await link.IsVisibleAsync(), $"no visible {direction} link on {probe.Page.Url}");
                var text = await link.InnerTextAsync();
                var href = await link.EvaluateAsync<string>("a => a.href");
                await link.ClickAsync();
                await probe.Page.WaitForURLAsync(href, new PageWaitForURLOptions { Timeout = 5000 });
                var h1 = await probe.Page.Locator("main h1").InnerTextAsync();
                Assert.True(Normalize(text).Contains(Normalize(h1).Split(". ", 2)[^1], StringComparison.Ordinal),
                    $"the {direction} link said '{text}' but landed on '{h1}'");
            }

            Assert.Equal(start, probe.Page.Url);
            probe.AssertNoProblems("previous/next");
        });

        static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
