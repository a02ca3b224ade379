using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Site.Build;

namespace Site.Preview;

/// <summary>
/// `site serve`: serves the preview folder as GitHub Pages would, rebuilds when input/ or theme/ changes (one rebuild
/// at a time, a burst of edits coalesced), and tells open tabs to reload. While the site does not build, every page
/// shows the errors and reloads itself after the next build.
/// </summary>
public sealed class PreviewServer
{
    /// <summary>Where `serve` builds unless told otherwise: its own folder, ignored by git, never the published _site/.</summary>
    public const string DefaultFolder = ".site-preview";

    /// <summary>
    /// How long the watcher must be quiet before a rebuild starts. An editor's save (write, or write and rename) is a
    /// burst well under a millisecond apart; a longer burst (a checkout) waits more quiet periods (RebuildQueue), and a
    /// change during a rebuild is built by the next. Every millisecond here is one the writer waits for the page.
    /// </summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    private readonly BuildOptions _options;
    private readonly Action<string> _log;
    private readonly Lock _buildLock = new();
    private readonly BuildCache _cache = new();
    private readonly LiveReloadHub _live = new();
    private volatile BuildResult? _last;

    public PreviewServer(BuildOptions options, Action<string> log)
    {
        _options = options with { LiveReload = true, BaseUrl = options.BaseUrl ?? "/" };
        _log = log;
    }

    /// <summary>The last build's result (null before the first): the benchmark reads its stage timings.</summary>
    public BuildResult? Last => _last;

    /// <summary>How many live-reload streams (tabs) are open.</summary>
    internal int OpenStreams => _live.OpenStreams;

    /// <summary>Listens, then builds, then rebuilds on every change until <paramref name="cancellation"/> (or Ctrl+C) stops it.</summary>
    /// <exception cref="PortInUseException">The port is taken; nothing was built.</exception>
    public async Task RunAsync(IPAddress bind, int port, CancellationToken cancellation)
    {
        await using var app = CreateApp(bind, port);
        try
        {
            await app.StartAsync(cancellation);
        }
        catch (IOException e) when (IsAddressInUse(e))
        {
            throw new PortInUseException(bind, port, Ports.FreeNear(bind, port));
        }

        _log($"building into {_options.OutputDirectory}/ (the preview, with live reload: publish what 'site build' writes, never this folder)");
        var addresses = PreviewAddresses.For(bind, port, PreviewAddresses.OfThisMachine());
        _log(addresses.Count == 1
            ? $"serving {addresses[0]} (Ctrl+C to stop)"
            : $"serving on this computer at {addresses[0]} and on the same network at {string.Join(", ", addresses.Skip(1))} (Ctrl+C to stop)");
        try
        {
            await RunUntilStoppedAsync(app, cancellation);
        }
        finally
        {
            _live.Close();
            await app.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Builds now, after any build already running; returns the time it took. Public so that the benchmark can measure an edit-to-site rebuild.</summary>
    public TimeSpan Rebuild(string reason)
    {
        lock (_buildLock)
        {
            var clock = Stopwatch.StartNew();
            _last = SiteBuilder.Build(_options, cache: _cache);
            foreach (var diagnostic in _last.Diagnostics)
            {
                _log(diagnostic.ToString());
            }

            _log($"{(_last.Succeeded ? "rebuilt" : "build failed")} ({reason}) in {clock.ElapsedMilliseconds} ms{(_last.Incremental ? ", only what the edit touched" : string.Empty)}");
            _live.BuildFinished();
            return clock.Elapsed;
        }
    }

    private async Task RunUntilStoppedAsync(WebApplication app, CancellationToken cancellation)
    {
        // The web host handles Ctrl+C and SIGTERM itself (and swallows them), so stop on its signal as well as ours.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellation, app.Lifetime.ApplicationStopping);
        await using var queue = new RebuildQueue(reason => Rebuild(reason), Quiet);
        using var inputWatcher = Watch(_options.InputDirectory, queue, name => _cache.NoteChange(name));
        using var themeWatcher = Watch(_options.ThemeDirectory, queue, name => _cache.NoteChange(InputSnapshot.ThemeKey(Path.Combine(_options.ThemeDirectory, name))));
        await Task.Run(() => Rebuild("start"), CancellationToken.None);
        try
        {
            await Task.Delay(Timeout.Infinite, stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C, or the caller stopped us.
        }
    }

    private WebApplication CreateApp(IPAddress bind, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(bind, port));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var files = new PagesFileHandler(_options.OutputDirectory, BasePath(_options.BaseUrl!));
        app.Map(LiveReloadHub.Path, live => live.Run(_live.StreamAsync));
        app.Run(context => _last is { Succeeded: true } || !AcceptsHtml(context.Request)
            ? files.HandleAsync(context)
            : ShowErrorPageAsync(context));
        return app;
    }

    private async Task ShowErrorPageAsync(HttpContext context)
    {
        var last = _last;
        context.Response.StatusCode = last is null ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(ErrorPage.Render(last, _live.Generation));
    }

    /// <param name="noted">Told each changed name (relative to <paramref name="directory"/>), so that the rebuild looks at exactly those files.</param>
    private FileSystemWatcher? Watch(string directory, RebuildQueue queue, Action<string> noted)
    {
        if (!Directory.Exists(directory))
        {
            return null;
        }

        var watcher = new FileSystemWatcher(Path.GetFullPath(directory)) { IncludeSubdirectories = true };
        void Changed(string? name, string fullPath)
        {
            noted(name ?? Path.GetRelativePath(directory, fullPath));
            queue.Request(name ?? fullPath);
        }

        watcher.Changed += (_, e) => Changed(e.Name, e.FullPath);
        watcher.Created += (_, e) => Changed(e.Name, e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.Name, e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            noted(e.OldName ?? Path.GetRelativePath(directory, e.OldFullPath));
            Changed(e.Name, e.FullPath);
        };
        // Too many changes at once for the watcher's buffer (a checkout): some were lost, so build everything.
        watcher.Error += (_, _) =>
        {
            _cache.NoteChange(InputSnapshot.EventsLost);
            queue.Request(directory);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>The path part of the base URL, so that a preview under "/repo/" is served there as on a project's Pages.</summary>
    private static string BasePath(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.AbsolutePath : baseUrl;

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal);

    private static bool IsAddressInUse(Exception e) =>
        e.InnerException is AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse };
}
