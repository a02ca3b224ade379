using System.Net;
using System.Net.Sockets;
using Site.Diagnostics;
using Site.Build;
using Site.Serving;
using Site.Tests.Support;

namespace Site.Tests.Serving;

public class PreviewServerTests
{
    [Fact]
    public async Task Serve_RebuildsOnChange_ShowsBuildErrorsInThePage_AndTellsTabsToReload()
    {
        using var site = TestSite.Create(ServingSites.WithAboutPage);
        var port = FreePort();
        var server = new PreviewServer(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = Path.Combine(site.Root, "theme"),
            OutputDirectory = site.Output,
        }, _ => { });
        using var stop = new CancellationTokenSource();
        var running = server.RunAsync(port, stop.Token);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        try
        {
            var page = await WaitFor(client, "vi/about/", html => html.Contains("Phiên bản một.", StringComparison.Ordinal));
            Assert.Contains("live-reload.js", page, StringComparison.Ordinal);

            using var events = await client.GetStreamAsync("_live");
            using var reader = new StreamReader(events);
            Assert.StartsWith(":", await reader.ReadLineAsync());

            File.WriteAllText(Path.Combine(site.Input, "pages/about.vi.md"), "---\ntitle: \"Giới thiệu\"\nsummary: \"Trang.\"\ntitel: \"x\"\n---\n\nPhiên bản hai.\n");
            var error = await WaitFor(client, "vi/about/", html => html.Contains("did not build", StringComparison.Ordinal));
            Assert.Contains("about.vi.md(4,1)", error, StringComparison.Ordinal);
            Assert.Contains("SITE012", error, StringComparison.Ordinal);
            Assert.Contains("reload", await ReadEvent(reader), StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(site.Input, "pages/about.vi.md"), "---\ntitle: \"Giới thiệu\"\nsummary: \"Trang.\"\n---\n\nPhiên bản ba.\n");
            await WaitFor(client, "vi/about/", html => html.Contains("Phiên bản ba.", StringComparison.Ordinal));
        }
        finally
        {
            await stop.CancelAsync();
            await running;
        }
    }

    private static async Task<string> ReadEvent(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                return line;
            }
        }

        return string.Empty;
    }

    /// <summary>Polls until the page satisfies the condition: rebuilds take a moment after a file is saved.</summary>
    private static async Task<string> WaitFor(HttpClient client, string path, Func<string, bool> condition)
    {
        var last = string.Empty;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var response = await client.GetAsync(path);
            last = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK && condition(last))
            {
                return last;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"/{path} never matched; last response:\n{last[..Math.Min(last.Length, 2000)]}");
        return last;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
