using System.Net;
using System.Net.Sockets;
using Site.Build;
using Site.Diagnostics;
using Site.Preview;

namespace Site.BrowserTests.Support;

/// <summary>
/// Shared by every browser test: builds the real site (input/ and theme/ of the repository) with the base URL
/// http://127.0.0.1:PORT/repo/, serves it under /repo/ with the preview's <see cref="PagesFileHandler"/> (as GitHub
/// Pages serves a project site: 404.html with status 404, folders redirected to their trailing slash), and launches
/// one Chromium for the whole run.
/// </summary>
public sealed class SiteServerFixture : IAsyncLifetime
{
    public const string BasePath = "/repo/";

    /// <summary>Chromium's flags: no sandbox (containers, root), no GPU, and nothing that talks to Google.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private PagesServer? _server;

    public static string RepositoryRoot { get; } = FindRoot();

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "browser-site-" + Guid.NewGuid().ToString("N")[..8]);

    public int Port { get; private set; }

    /// <summary>http://127.0.0.1:PORT/repo/</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}{BasePath}";

    public BuildResult Build { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Every HTML file of the output, as a path relative to the output folder ("en/glossary/index.html").</summary>
    public IReadOnlyList<string> HtmlFiles { get; private set; } = [];

    /// <summary>Where failure screenshots go: the test assembly's folder, under screenshots/.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("SITE_CHROMIUM") is { Length: > 0 } fromEnvironment ? fromEnvironment : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {chromium}. The browser tests need a system Chromium: on Debian/Ubuntu run " +
                "'sudo apt-get install -y chromium' (tests/run.sh does this when run as root), or set SITE_CHROMIUM to the " +
                "path of a Chromium or Chrome executable. Playwright's own browser download is not used.");
        }

        Port = FreePort();
        Build = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = Path.Combine(RepositoryRoot, "input"),
            ThemeDirectory = Path.Combine(RepositoryRoot, "theme"),
            OutputDirectory = Output,
            BaseUrl = BaseUrl,
        });
        // Built as for publishing, except that the address is this machine's: --strict rightly refuses that (SITE110)
        // and nothing else may fail the build as --strict would.
        var blocking = Build.Diagnostics.Where(d => d.FailsBuild(strict: true) && d.Code != DiagnosticCodes.BaseUrlNotPublishable).ToList();
        if (!Build.Succeeded || blocking.Count > 0)
        {
            throw new InvalidOperationException("the real site did not build as --strict would:\n" + string.Join('\n', Build.Diagnostics));
        }

        HtmlFiles = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        _server = await PagesServer.StartAsync(Output, BasePath, Port);

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        try
        {
            Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ChromiumArgs,
            });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException(
                $"Chromium at {chromium} did not start ({e.Message.Split('\n')[0]}). Install Debian's 'chromium' package " +
                "(apt-get install -y chromium) or point SITE_CHROMIUM at a working Chromium.", e);
        }
    }

    /// <summary>The absolute URL of a page given relative to the base ("en/glossary/").</summary>
    public string Url(string relative) => BaseUrl + relative.TrimStart('/');

    /// <summary>The URL at which an output file is served: "en/glossary/index.html" → …/repo/en/glossary/.</summary>
    public string UrlOfFile(string htmlFile) => Url(htmlFile.EndsWith("index.html", StringComparison.Ordinal) ? htmlFile[..^"index.html".Length] : htmlFile);

    /// <summary>A new browser context (own cookies and cache) with this viewport width.</summary>
    public Task<IBrowserContext> NewContextAsync(int width, bool javaScript = true) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = width, Height = 800 },
        JavaScriptEnabled = javaScript,
        Locale = "vi-VN",
    });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(Output, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Site.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("Site.sln not found above the test assembly");
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteServerFixture>
{
    public const string Name = "browser";
}
