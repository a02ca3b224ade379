using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Site.Build;
using Site.Preview;
using Site.Tests.Support;

namespace Site.Tests.Serving;

public class PreviewServerTests
{
    private const string AboutV2WithUnknownKey = "---\ntitle: \"Giới thiệu\"\nsummary: \"Trang.\"\ntitel: \"x\"\n---\n\nPhiên bản hai.\n";

    [Fact]
    public async Task Serve_RebuildsOnChange_ShowsBuildErrorsInThePage_AndTellsTabsToReload()
    {
        using var site = TestSite.Create(ServingSites.WithAboutPage);
        await using var preview = RunningPreview.Start(site);

        var page = await preview.WaitForPage("vi/about/", (status, html) => status == HttpStatusCode.OK && html.Contains("Phiên bản một.", StringComparison.Ordinal));
        Assert.Contains("live-reload.js", page, StringComparison.Ordinal);

        using var events = new StreamReader(await preview.Client.GetStreamAsync("_live"));
        Assert.Equal("build", (await RunningPreview.ReadEvent(events)).Name);

        File.WriteAllText(AboutFile(site), AboutV2WithUnknownKey);
        Assert.Equal("reload", (await RunningPreview.ReadEvent(events)).Name);
        var error = await preview.WaitForPage("vi/about/", (status, html) => status == HttpStatusCode.InternalServerError);
        Assert.Contains("did not build", error, StringComparison.Ordinal);
        Assert.Contains("about.vi.md(4,1)", error, StringComparison.Ordinal);
        Assert.Contains("SITE012", error, StringComparison.Ordinal);

        File.WriteAllText(AboutFile(site), "---\ntitle: \"Giới thiệu\"\nsummary: \"Trang.\"\n---\n\nPhiên bản ba.\n");
        Assert.Equal("reload", (await RunningPreview.ReadEvent(events)).Name);
        await preview.WaitForPage("vi/about/", (status, html) => status == HttpStatusCode.OK && html.Contains("Phiên bản ba.", StringComparison.Ordinal));
    }

    /// <summary>
    /// The error page once pointed at the site's own live-reload script, which a site that never built does not have:
    /// its script must come with the page, and know the build it shows, so that it reloads after the next one.
    /// </summary>
    [Fact]
    public async Task FirstBuildFails_TheErrorPageCarriesItsOwnReloadScript_AndTheStreamTellsItOfTheNextBuild()
    {
        using var site = TestSite.Create(ServingSites.WithAboutPage);
        File.WriteAllText(AboutFile(site), AboutV2WithUnknownKey);
        await using var preview = RunningPreview.Start(site);

        var error = await preview.WaitForPage("vi/about/", (status, html) => status == HttpStatusCode.InternalServerError);
        Assert.Contains("SITE012", error, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", error, StringComparison.Ordinal);
        Assert.Contains("new EventSource(\"/_live\")", error, StringComparison.Ordinal);
        var shown = Regex.Match(error, @"var generation = (\d+);").Groups[1].Value;
        Assert.NotEmpty(shown);

        using var events = new StreamReader(await preview.Client.GetStreamAsync("_live"));
        Assert.Equal(("build", shown), await RunningPreview.ReadEvent(events)); // the page would not reload for nothing

        File.WriteAllText(AboutFile(site), "---\ntitle: \"Giới thiệu\"\nsummary: \"Trang.\"\n---\n\nPhiên bản ba.\n");
        var (name, next) = await RunningPreview.ReadEvent(events);
        Assert.Equal("reload", name);
        Assert.NotEqual(shown, next);
        await preview.WaitForPage("vi/about/", (status, html) => status == HttpStatusCode.OK && html.Contains("Phiên bản ba.", StringComparison.Ordinal));

        // A tab that connects only now (it missed the event) learns that the site is newer than its error page.
        using var late = new StreamReader(await preview.Client.GetStreamAsync("_live"));
        Assert.NotEqual(shown, (await RunningPreview.ReadEvent(late)).Data);
    }

    [Fact]
    public async Task UnknownAddress_GetsTheSites404Page_WithStatus404()
    {
        using var site = TestSite.Create(ServingSites.WithAboutPage);
        await using var preview = RunningPreview.Start(site);
        await preview.WaitForPage("vi/about/", (status, _) => status == HttpStatusCode.OK);

        using var response = await preview.Client.GetAsync("vi/no-such-page/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(File.ReadAllText(Path.Combine(preview.Output, "404.html")), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Serve_BuildsIntoItsOwnFolder_NeverTheSitesOutput()
    {
        using var site = TestSite.Create(ServingSites.WithAboutPage);
        await using var preview = RunningPreview.Start(site);
        await preview.WaitForPage("vi/about/", (status, _) => status == HttpStatusCode.OK);

        Assert.True(File.Exists(Path.Combine(site.Root, ".site-preview", "vi", "about", "index.html")));
        Assert.False(Directory.Exists(site.Output), "serve must not write the _site/ folder that gets published");
        Assert.Contains(".site-preview/", File.ReadAllLines(Path.Combine(TestSite.RepositoryRoot, ".gitignore")));
    }

    [Fact]
    public async Task BusyPort_SaysSoAndNamesAFreePort_WithoutBuilding()
    {
        using var site = TestSite.Create(ServingSites.WithAboutPage);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var output = Path.Combine(site.Root, PreviewServer.DefaultFolder);
        var server = new PreviewServer(new BuildOptions { InputDirectory = site.Input, ThemeDirectory = Path.Combine(site.Root, "theme"), OutputDirectory = output }, _ => { });

        var busy = await Assert.ThrowsAsync<PortInUseException>(() => server.RunAsync(IPAddress.Loopback, port, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal($"Port {port} on 127.0.0.1 is already in use (is another 'site serve' running?). Stop that program, or use a free port: --port {busy.FreePort}", busy.Message);
        Assert.NotEqual(port, busy.FreePort);
        Assert.True(Ports.IsFree(IPAddress.Loopback, busy.FreePort), $"the suggested port {busy.FreePort} is not free");
        Assert.False(Directory.Exists(output), "nothing is built when the preview cannot be served");
    }

    [Fact]
    public async Task Tabs_EachHoldOneStream_WhichLeavesWithTheTab_AndStoppingEndsThemAll()
    {
        using var site = TestSite.Create(ServingSites.WithAboutPage);
        await using var preview = RunningPreview.Start(site);
        await preview.WaitForPage("vi/about/", (status, _) => status == HttpStatusCode.OK);

        var tabs = new List<StreamReader>();
        for (var i = 0; i < 3; i++)
        {
            tabs.Add(new StreamReader(await preview.Client.GetStreamAsync("_live")));
            await RunningPreview.ReadEvent(tabs[^1]);
        }

        Assert.Equal(3, preview.Server.OpenStreams);
        tabs[0].Dispose(); // the tab is closed
        await RunningPreview.WaitUntil(() => preview.Server.OpenStreams == 2, "a closed tab's stream must leave the list");

        await preview.StopAsync(); // within 20 s although two streams are open
        Assert.Equal(0, preview.Server.OpenStreams);
        foreach (var tab in tabs.Skip(1))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await tab.ReadToEndAsync(timeout.Token); // ends: the server closed the stream
            tab.Dispose();
        }

        Assert.True(Ports.IsFree(IPAddress.Loopback, preview.Port), "the port must be released once serve stops");
        var builds = preview.Builds;
        File.WriteAllText(AboutFile(site), "---\ntitle: \"Giới thiệu\"\nsummary: \"Trang.\"\n---\n\nSau khi dừng.\n");
        await Task.Delay(1000);
        Assert.Equal(builds, preview.Builds); // the watchers are gone
    }

    [Fact]
    public async Task BurstOfEdits_IsBuiltByFewerRebuildsThanEdits_AndEndsWithTheLastEdit()
    {
        using var site = TestSite.Create(ServingSites.WithAboutPage);
        await using var preview = RunningPreview.Start(site);
        await preview.WaitForPage("vi/about/", (status, _) => status == HttpStatusCode.OK);
        var before = preview.Builds;

        const int edits = 30;
        for (var i = 1; i <= edits; i++)
        {
            File.WriteAllText(AboutFile(site), $"---\ntitle: \"Giới thiệu\"\nsummary: \"Trang.\"\n---\n\nBản sửa {i}.\n");
        }

        await preview.WaitForPage("vi/about/", (status, html) => status == HttpStatusCode.OK && html.Contains($"Bản sửa {edits}.", StringComparison.Ordinal));
        await Task.Delay(500); // any rebuild still queued would start now
        var rebuilds = preview.Builds - before;
        Assert.InRange(rebuilds, 1, edits - 1);
    }

    private static string AboutFile(TestSite site) => Path.Combine(site.Input, "pages/about.vi.md");
}
