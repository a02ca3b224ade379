using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Site.Build;
using Site.Preview;
using Site.Tests.Support;

namespace Site.Tests.Serving;

/// <summary>A <see cref="PreviewServer"/> running on a free loopback port for one test, stopped (and awaited) on dispose.</summary>
internal sealed class RunningPreview : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private RunningPreview(TestSite site)
    {
        Output = Path.Combine(site.Root, PreviewServer.DefaultFolder);
        Server = new PreviewServer(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = Path.Combine(site.Root, "theme"),
            OutputDirectory = Output,
        }, Log.Enqueue);
        Port = FreePort();
        Running = Server.RunAsync(IPAddress.Loopback, Port, _stop.Token);
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{Port}/"), Timeout = TimeSpan.FromSeconds(20) };
        Client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
    }

    public PreviewServer Server { get; }

    public string Output { get; }

    public int Port { get; }

    /// <summary>Ends when the server has stopped.</summary>
    public Task Running { get; }

    public HttpClient Client { get; }

    public ConcurrentQueue<string> Log { get; } = new();

    public int Builds => Log.Count(l => l.StartsWith("rebuilt", StringComparison.Ordinal) || l.StartsWith("build failed", StringComparison.Ordinal));

    public static RunningPreview Start(TestSite site) => new(site);

    /// <summary>Polls until the page satisfies the condition (a rebuild takes a moment after a save); fails after 20 s.</summary>
    public async Task<string> WaitForPage(string path, Func<HttpStatusCode, string, bool> condition)
    {
        var last = string.Empty;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var response = await Client.GetAsync(path);
                last = await response.Content.ReadAsStringAsync();
                if (condition(response.StatusCode, last))
                {
                    return last;
                }
            }
            catch (HttpRequestException e)
            {
                last = e.Message; // not listening yet
            }

            await Task.Delay(200);
        }

        Assert.Fail($"/{path} never matched; last response:\n{last[..Math.Min(last.Length, 2000)]}");
        return last;
    }

    /// <summary>Polls until the condition holds; fails after about 10 s.</summary>
    public static async Task WaitUntil(Func<bool> condition, string what)
    {
        for (var attempt = 0; attempt < 100 && !condition(); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), what);
    }

    /// <summary>The next event of a live-reload stream as (name, data); fails after 20 s.</summary>
    public static async Task<(string Name, string Data)> ReadEvent(StreamReader stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? name = null;
        while (await stream.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
            {
                return (name, line["data: ".Length..]);
            }
        }

        Assert.Fail("the live-reload stream ended before an event");
        return default;
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Running.WaitAsync(TimeSpan.FromSeconds(20));
    }

    public async ValueTask DisposeAsync()
    {
        if (!Running.IsCompleted)
        {
            await StopAsync();
        }

        Client.Dispose();
        _stop.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
