using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Site.Build;
using Site.Preview;

namespace Site.Benchmarks;

/// <summary>
/// `site serve` as a user runs it, in its own process (so that its peak memory is serve's alone): the real server
/// with its file watcher, each edit a paragraph appended to one page, timed from the file's write until the page on
/// disk holds it. The first edit is a warm-up that also finds which output file the page is.
/// </summary>
internal static class ServeChild
{
    public const string ResultPrefix = "serve-result:";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(string input, string theme, string output, string edit, int repeats)
    {
        var built = new SemaphoreSlim(0);
        var log = new List<string>();
        var server = new PreviewServer(new BuildOptions { InputDirectory = input, ThemeDirectory = theme, OutputDirectory = output }, line =>
        {
            lock (log)
            {
                log.Add(line);
            }

            if (line.StartsWith("rebuilt", StringComparison.Ordinal) || line.StartsWith("build failed", StringComparison.Ordinal))
            {
                built.Release();
            }
        });
        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var running = server.RunAsync(IPAddress.Loopback, FreePort(), stop.Token);
        if (!await built.WaitAsync(Limit))
        {
            return Fail("the first build did not finish", log);
        }

        var first = clock.Elapsed.TotalMilliseconds;
        var source = Path.Combine(input, edit);
        string? page = null;
        var times = new List<double>();
        var lastGc = (Pause: GC.GetTotalPauseDuration(), Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
        for (var i = 0; i <= repeats; i++)
        {
            var marker = $"bench-edit-{i:0000}";
            clock.Restart();
            File.AppendAllText(source, $"\nĐoạn văn được sửa lần thứ {i} để đo thời gian dựng lại: {marker}.\n", new UTF8Encoding(false));
            if (page is null)
            {
                if (!await built.WaitAsync(Limit))
                {
                    return Fail("the warm-up edit was not rebuilt", log);
                }

                page = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).FirstOrDefault(f => File.ReadAllText(f).Contains(marker, StringComparison.Ordinal));
                if (page is null)
                {
                    return Fail($"no page of {output} shows the edit", log);
                }

                lastGc = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                continue;
            }

            while (!Shows(page, marker))
            {
                if (clock.Elapsed > Limit)
                {
                    return Fail($"{page} never showed the edit", log);
                }

                await Task.Delay(1);
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
            await built.WaitAsync(Limit); // The rebuild's own end (its log line), before the next edit.
            var gc = (Pause: GC.GetTotalPauseDuration(), Gen0: GC.CollectionCount(0), Gen1: GC.CollectionCount(1), Gen2: GC.CollectionCount(2));
            Console.WriteLine("stages: " + string.Join(", ", server.Last!.Timings.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds:0}"))
                + $"; GC pauses {(gc.Pause - lastGc.Pause).TotalMilliseconds:0} ms (gen0/1/2 {gc.Gen0 - lastGc.Gen0}/{gc.Gen1 - lastGc.Gen1}/{gc.Gen2 - lastGc.Gen2})");
            lastGc = gc;
        }

        await stop.CancelAsync();
        await running;
        lock (log)
        {
            if (log.Any(l => l.StartsWith("build failed", StringComparison.Ordinal)))
            {
                return Fail("a rebuild failed", log);
            }
        }

        lock (log)
        {
            Console.WriteLine(string.Join('\n', log.Where(l => l.StartsWith("rebuilt", StringComparison.Ordinal))));
        }

        Console.WriteLine($"{ResultPrefix} {string.Join(' ', new[] { first }.Concat(times).Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))}");
        return 0;
    }

    private static bool Shows(string page, string marker)
    {
        try
        {
            return File.ReadAllText(page).Contains(marker, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false; // Being replaced this instant.
        }
    }

    private static int Fail(string what, List<string> log)
    {
        lock (log)
        {
            Console.Error.WriteLine($"error: {what}:\n{string.Join('\n', log.TakeLast(20))}");
        }

        return 1;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
