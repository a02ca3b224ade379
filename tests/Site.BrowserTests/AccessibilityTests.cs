using System.Collections.Concurrent;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Site.BrowserTests.Support;
using Xunit.Abstractions;

namespace Site.BrowserTests;

/// <summary>axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every HTML page of the real site at 1280 px, and on every kind of page at 360 px.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteServerFixture site, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },

        // Only violations come back in full: the passes of a long page are megabytes of JSON nobody reads.
        ResultTypes = [ResultType.Violations],
    };

    private static readonly int Workers = int.TryParse(Environment.GetEnvironmentVariable("SITE_AXE_TABS"), out var tabs) && tabs > 0 ? tabs : 3;

    /// <summary>Every page at 1280 px.</summary>
    [Fact]
    public async Task Axe_EveryPage_HasNoViolations()
    {
        Assert.NotEmpty(site.HtmlFiles);
        await AssertNoViolations(site.HtmlFiles.Select(file => (file, site.UrlOfFile(file))).ToList(), SitePages.Wide);
    }

    /// <summary>
    /// One page of every kind at 360 px: what changes at a phone's width (the header, sticky table headers, the card
    /// view, reflowed lists) is each kind's layout, not each page's text.
    /// </summary>
    [Fact]
    public async Task Axe_EveryPageKind_AtPhoneWidth_HasNoViolations()
    {
        Assert.True(SitePages.Kinds.Count >= 20, "the list of page kinds is nearly empty");
        await AssertNoViolations(SitePages.Kinds.Select(kind => (kind.Key, site.Url(kind.Value))).ToList(), SitePages.Narrow);
    }

    private async Task AssertNoViolations(IReadOnlyList<(string Name, string Url)> pages, int width)
    {
        var report = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var queue = new ConcurrentQueue<(string Name, string Url)>(pages);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Several tabs (own contexts, so own renderer processes) share the work: RunAxe spends most of its time waiting
        // (it opens a helper page per run), so more tabs than cores pay off. Each page is checked once.
        var timings = new ConcurrentDictionary<string, double>(StringComparer.Ordinal);
        var refused = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var checkedPages = 0;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            await using var probe = await PageProbe.OpenAsync(site, width);

            // A redirect page (the language root's) refreshes after its load event: axe checks the page itself,
            // and the refresh must not pull the tab away mid-run or into the next page's navigation.
            await probe.StayOnRequestedPagesAsync();
            while (queue.TryDequeue(out var page))
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                try
                {
                    await probe.GotoAsync(page.Url);
                    var result = await probe.Page.RunAxe(Options);
                    timings[page.Name] = started.Elapsed.TotalSeconds;
                    Interlocked.Increment(ref checkedPages);
                    if (result.Violations.Length > 0)
                    {
                        report[page.Name] = Describe(result);
                        await probe.ScreenshotAsync($"axe-{width}-{page.Name}");
                    }
                }
                catch (Exception e) when (e is PlaywrightException or TimeoutException)
                {
                    report[page.Name] = "  axe did not run: " + e.Message;
                }
            }

            foreach (var (from, to) in probe.RefusedNavigations)
            {
                refused[from] = to;
            }
        }));

        foreach (var (from, to) in refused.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"kept on {from} (it tried to go to {to})");
        }

        output.WriteLine($"axe checked {checkedPages} of {pages.Count} pages at {width} px in {clock.Elapsed.TotalSeconds:F1} s; slowest: " +
            string.Join(", ", timings.OrderByDescending(t => t.Value).Take(5).Select(t => $"{t.Key} {t.Value:F1} s")));
        var text = new StringBuilder();
        foreach (var (name, violations) in report.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(":\n").Append(violations);
        }

        Assert.True(report.IsEmpty, $"{report.Count} of {pages.Count} pages have accessibility violations at {width} px (screenshots in {SiteServerFixture.ScreenshotFolder}):\n{text}");
        Assert.Equal(pages.Count, checkedPages);
    }

    private static string Describe(AxeResult result)
    {
        var text = new StringBuilder();
        foreach (var violation in result.Violations)
        {
            text.Append($"  {violation.Id} ({violation.Impact}): {violation.Help}\n");
            foreach (var node in violation.Nodes.Take(8))
            {
                text.Append($"    at {node.Target}: {Truncate(node.Html, 160)}\n");
                var why = string.Join("; ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m)).Distinct());
                if (why.Length > 0)
                {
                    text.Append($"       {Truncate(why, 240)}\n");
                }
            }

            if (violation.Nodes.Length > 8)
            {
                text.Append($"    … and {violation.Nodes.Length - 8} more\n");
            }
        }

        return text.ToString();
    }

    private static string Truncate(string? s, int length) => s is null ? string.Empty : s.Length <= length ? s : s[..length] + "…";
}
