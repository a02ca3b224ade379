using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Site.Diagnostics;
using Site.Build;

namespace Site.Serving;

/// <summary>
/// `site serve`: builds, serves the output on localhost with Kestrel, rebuilds when input/ or theme/ changes,
/// and tells open tabs to reload (server-sent events). A failed build shows its errors in the page.
/// </summary>
public sealed class PreviewServer
{
    private readonly BuildOptions _options;
    private readonly Action<string> _log;
    private readonly List<HttpResponse> _listeners = [];
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private readonly BuildCache _cache = new();
    private BuildResult? _last;
    private CancellationTokenSource? _debounce;

    public PreviewServer(BuildOptions options, Action<string> log)
    {
        _options = options with { LiveReload = true, BaseUrl = options.BaseUrl ?? "/" };
        _log = log;
    }

    public async Task RunAsync(int port, CancellationToken cancellation)
    {
        Rebuild("start");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Map("/_live", LiveAsync);
        app.Use(async (context, next) =>
        {
            if (_last is { Succeeded: false } failed && AcceptsHtml(context.Request))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(ErrorPage(failed), cancellation);
                return;
            }

            await next();
        });
        Directory.CreateDirectory(_options.OutputDirectory);
        var files = new PhysicalFileProvider(Path.GetFullPath(_options.OutputDirectory));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false });
        using var inputWatcher = Watch(_options.InputDirectory);
        using var themeWatcher = Watch(_options.ThemeDirectory);
        _log($"serving http://127.0.0.1:{port}/ (Ctrl+C to stop)");
        await app.StartAsync(cancellation);
        // The web host handles Ctrl+C and SIGTERM itself (and swallows them), so stop on its signal as well as ours.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellation, app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stopping.Token);
        }
        catch (TaskCanceledException)
        {
            // Ctrl+C.
        }

        await app.StopAsync(CancellationToken.None);
    }

    /// <summary>Builds now; returns the time it took. Public so that the benchmark can measure an edit-to-site rebuild.</summary>
    public TimeSpan Rebuild(string reason)
    {
        _buildLock.Wait();
        try
        {
            var clock = Stopwatch.StartNew();
            _last = SiteBuilder.Build(_options, cache: _cache);
            foreach (var diagnostic in _last.Diagnostics)
            {
                _log(diagnostic.ToString());
            }

            _log($"{(_last.Succeeded ? "rebuilt" : "build failed")} ({reason}) in {clock.ElapsedMilliseconds} ms");
            Notify();
            return clock.Elapsed;
        }
        finally
        {
            _buildLock.Release();
        }
    }

    private FileSystemWatcher? Watch(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return null;
        }

        var watcher = new FileSystemWatcher(Path.GetFullPath(directory)) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Changed += (_, e) => Schedule(e.FullPath);
        watcher.Created += (_, e) => Schedule(e.FullPath);
        watcher.Deleted += (_, e) => Schedule(e.FullPath);
        watcher.Renamed += (_, e) => Schedule(e.FullPath);
        return watcher;
    }

    /// <summary>Editors save a file in several writes; wait until they settle before rebuilding.</summary>
    private void Schedule(string path)
    {
        _debounce?.Cancel();
        var token = (_debounce = new CancellationTokenSource()).Token;
        Task.Delay(80, token).ContinueWith(t =>
        {
            if (!t.IsCanceled)
            {
                Rebuild(Path.GetFileName(path));
            }
        }, TaskScheduler.Default);
    }

    private async Task LiveAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var response = context.Response;
        lock (_listeners)
        {
            _listeners.Add(response);
        }

        try
        {
            await Send(response, ": connected\n\n");
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (Exception e) when (e is TaskCanceledException or OperationCanceledException or IOException)
        {
            // The tab was closed or reloaded.
        }

        lock (_listeners)
        {
            _listeners.Remove(response);
        }
    }

    /// <summary>Kestrel allows only asynchronous writes; each open tab gets its event on its own.</summary>
    private static async Task Send(HttpResponse response, string text)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text));
        await response.Body.FlushAsync();
    }

    private void Notify()
    {
        List<HttpResponse> listeners;
        lock (_listeners)
        {
            listeners = [.. _listeners];
        }

        foreach (var listener in listeners)
        {
            _ = Send(listener, "event: reload\ndata: now\n\n").ContinueWith(
                t => { lock (_listeners) { _listeners.Remove(listener); } },
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal) && !request.Path.StartsWithSegments("/assets");

    private static string ErrorPage(BuildResult result)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title>");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<script src=\"/assets/live-reload.js\" defer></script></head><body style=\"font-family:sans-serif;margin:2rem\">");
        html.Append("<h1>The site did not build</h1><p>Fix these problems and save: this page reloads by itself. The last good site is kept.</p><ol>");
        foreach (var diagnostic in result.Diagnostics.Where(d => d.FailsBuild(result.Strict)))
        {
            html.Append("<li><code>").Append(WebUtility.HtmlEncode($"{diagnostic.File}({diagnostic.Line},{diagnostic.Column})")).Append("</code> ")
                .Append(WebUtility.HtmlEncode($"{diagnostic.Code}: {diagnostic.Message}"));
            if (diagnostic.Hint is { Length: > 0 } hint)
            {
                html.Append("<br><small>").Append(WebUtility.HtmlEncode(hint)).Append("</small>");
            }

            html.Append("</li>");
        }

        return html.Append("</ol></body></html>").ToString();
    }
}
