using System.Net;
using System.Net.Sockets;
using Site.Build;
using Site.BrowserTests.Support;
using Site.Preview;

namespace Site.BrowserTests;

/// <summary>
/// `serve` in a real browser: when the first build fails, the tab shows the errors, and it reloads by itself into the
/// site once a save makes the site build (the error page's own script, not the site's, which does not exist yet).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewReloadTests(SiteServerFixture fixture) : IDisposable
{
    private const string Page = "---\ntitle: \"Giới thiệu\"\nsummary: \"Trang giới thiệu.\"\n---\n\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "preview-browser-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task FirstBuildFails_TheErrorPageReloadsIntoTheSite_WhenASaveFixesIt()
    {
        var input = Path.Combine(_root, "input");
        WriteSite(input);
        var about = Path.Combine(input, "pages", "about.vi.md");
        File.WriteAllText(about, Page.Replace("summary:", "titel: \"x\"\nsummary:", StringComparison.Ordinal) + "Phiên bản một.\n");

        var server = new PreviewServer(new BuildOptions
        {
            InputDirectory = input,
            ThemeDirectory = Path.Combine(SiteServerFixture.RepositoryRoot, "theme"),
            OutputDirectory = Path.Combine(_root, PreviewServer.DefaultFolder),
        }, _ => { });
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var running = server.RunAsync(IPAddress.Loopback, port, stop.Token);
        try
        {
            await using var context = await fixture.NewContextAsync(1280);
            var page = await context.NewPageAsync();
            await GotoWhenListening(page, $"http://127.0.0.1:{port}/vi/about/");
            await page.GetByText("SITE012").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

            File.WriteAllText(about, Page + "Phiên bản hai.\n");
            await page.GetByText("Phiên bản hai.").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            Assert.Equal($"http://127.0.0.1:{port}/vi/about/", page.Url);
        }
        finally
        {
            await stop.CancelAsync();
            await running.WaitAsync(TimeSpan.FromSeconds(20));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>The server listens before its first build ends; until it listens, the browser gets a refused connection.</summary>
    private static async Task GotoWhenListening(IPage page, string url)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await page.GotoAsync(url);
                return;
            }
            catch (PlaywrightException) when (attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }

    private static void WriteSite(string input)
    {
        Copy(Path.Combine(SiteServerFixture.RepositoryRoot, "input", "i18n"), Path.Combine(input, "i18n"));
        Directory.CreateDirectory(Path.Combine(input, "pages"));
        Directory.CreateDirectory(Path.Combine(input, "editions", "2022-05"));
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: { vi: \"Trang thử\", en: \"Test site\" }\nbase_url: \"https://example.org/repo/\"\nlanguages: [vi, en]\n");
        File.WriteAllText(Path.Combine(input, "editions", "2022-05", "edition.yml"),
            "title: { vi: \"Báo cáo thử\", en: \"Test report\" }\ndate: \"2022-05\"\nissuer: { vi: \"UBND tỉnh\", en: \"Provincial People's Committee\" }\nstatus: published\n");
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
