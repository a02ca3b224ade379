using System.Text;

namespace Site.BrowserTests.Support;

/// <summary>
/// One browser tab that records what went wrong while it was open: console errors, uncaught exceptions, failed
/// requests and HTTP error responses. <see cref="RunAsync"/> saves a screenshot when the check inside it fails.
/// </summary>
public sealed class PageProbe : IAsyncDisposable
{
    private readonly List<string> _problems = [];
    private readonly IBrowserContext _context;
    private readonly bool _ownsContext;
    private readonly Dictionary<string, string> _refused = new(StringComparer.Ordinal);
    private string? _requested;

    private PageProbe(IBrowserContext context, IPage page, bool ownsContext)
    {
        _context = context;
        _ownsContext = ownsContext;
        Page = page;
        page.Console += (_, message) =>
        {
            // Chromium logs the 404 page's own status as a console error; that one is expected.
            if (message.Type == "error" && !(ExpectNotFound && message.Location.StartsWith(page.Url, StringComparison.Ordinal) && message.Text.Contains("404", StringComparison.Ordinal)))
            {
                Record($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Record($"uncaught exception: {error}");
        page.RequestFailed += (_, request) => Record($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            // The 404 page is expected to answer 404 for the document itself; any other error status is a problem.
            if (response.Status >= 400 && !(response.Status == 404 && ExpectNotFound && response.Request.ResourceType == "document"))
            {
                Record($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Set when the page under test is the 404 page: its document's 404 status is not a problem.</summary>
    public bool ExpectNotFound { get; set; }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public static async Task<PageProbe> OpenAsync(SiteServerFixture site, int width, bool javaScript = true)
    {
        var context = await site.NewContextAsync(width, javaScript);
        var page = await context.NewPageAsync();
        return new PageProbe(context, page, ownsContext: true);
    }

    public static async Task<PageProbe> OpenAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        return new PageProbe(context, page, ownsContext: false);
    }

    public void ClearProblems()
    {
        lock (_problems)
        {
            _problems.Clear();
        }
    }

    /// <summary>Goes to the URL and waits for the load event; returns the main document's response.</summary>
    public async Task<IResponse> GotoAsync(string url)
    {
        _requested = url;
        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response is not null, $"no response for {url}");
        return response!;
    }

    /// <summary>
    /// Keeps the tab on the page <see cref="GotoAsync"/> sent it to: a navigation the page starts by itself (a redirect
    /// page's refresh) is answered 204 No Content, which by the HTML standard leaves the current document in place. A
    /// check that runs after the load event (axe) then sees the page it was sent to, and the next page's navigation is
    /// not interrupted by the last one's refresh.
    /// </summary>
    public Task StayOnRequestedPagesAsync() => Page.RouteAsync("**/*", async route =>
    {
        var request = route.Request;
        if (request.IsNavigationRequest && request.Frame == Page.MainFrame && request.Url != _requested)
        {
            RecordLeaving(request.Url);
            await route.FulfillAsync(new RouteFulfillOptions { Status = 204 });
        }
        else
        {
            await route.ContinueAsync();
        }
    });

    /// <summary>The navigations <see cref="StayOnRequestedPagesAsync"/> refused: page URL → where it tried to go.</summary>
    public IReadOnlyDictionary<string, string> RefusedNavigations
    {
        get
        {
            lock (_refused)
            {
                return new Dictionary<string, string>(_refused, StringComparer.Ordinal);
            }
        }
    }

    private void RecordLeaving(string target)
    {
        lock (_refused)
        {
            _refused[_requested ?? string.Empty] = target;
        }
    }

    public void AssertNoProblems(string where)
    {
        var problems = Problems;
        Assert.True(problems.Count == 0, $"{where}: {problems.Count} problem(s) in the browser:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>Whether the page scrolls sideways: the document is wider than the viewport.</summary>
    public async Task<(int ScrollWidth, int InnerWidth)> WidthsAsync()
    {
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }

    /// <summary>Runs the check; if it throws, saves a full-page screenshot named after <paramref name="name"/> and rethrows.</summary>
    public async Task RunAsync(string name, Func<Task> check)
    {
        try
        {
            await check();
        }
        catch (Exception e)
        {
            var file = await ScreenshotAsync(name);
            throw new ScreenshotException($"{e.Message}\n(screenshot: {file ?? "could not be taken"}; page: {Page.Url})", e);
        }
    }

    public async Task<string?> ScreenshotAsync(string name)
    {
        try
        {
            Directory.CreateDirectory(SiteServerFixture.ScreenshotFolder);
            var safe = new StringBuilder();
            foreach (var c in name)
            {
                safe.Append(char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_');
            }

            var file = Path.Combine(SiteServerFixture.ScreenshotFolder, $"{safe}-{DateTime.UtcNow:HHmmssfff}.png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Timeout = 10_000 });
            return file;
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsContext)
        {
            await _context.CloseAsync();
        }
        else
        {
            await Page.CloseAsync();
        }
    }

    private void Record(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}

/// <summary>A failed check, with the path of the screenshot taken at the moment it failed.</summary>
public sealed class ScreenshotException(string message, Exception inner) : Exception(message, inner);
