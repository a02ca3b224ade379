using Site.Build;
using Site.BrowserTests.Support;

namespace Site.BrowserTests;

/// <summary>
/// An earlier address (an alias) lands the reader on its page. The real site has no alias yet, so a small site with
/// two is built here and served to the browser through Playwright's routing, at its own origin.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AliasTests(SiteServerFixture site) : IDisposable
{
    private const string Origin = "http://aliases.invalid";
    private const string BaseUrl = Origin + "/repo/";

    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["site.yml"] = "title: { vi: \"Trang thử\", en: \"Test site\" }\nbase_url: \"https://example.org/repo/\"\nlanguages: [vi, en]\n",
        ["editions/2022-05/edition.yml"] = "title: { vi: \"Báo cáo thử\", en: \"Test report\" }\ndate: \"2022-05\"\nissuer: { vi: \"UBND tỉnh\", en: \"Provincial People's Committee\" }\nstatus: published\n",
        ["editions/2022-05/movements/covid-19.vi.md"] = "---\ntitle: \"Phòng, chống dịch COVID-19\"\nsummary: \"Phong trào thi đua đặc biệt.\"\nslug: phong-chong-covid-19\nnumber: \"2.1\"\nlaunched_by: prime-minister\naliases: [\"/vi/2022-05/phong-trao/covid/\"]\n---\n\nVăn bản.\n",
        ["editions/2022-05/movements/covid-19.en.md"] = "---\ntitle: \"COVID-19 prevention\"\nsummary: \"A special emulation movement.\"\nslug: covid-19\nnumber: \"2.1\"\nlaunched_by: prime-minister\naliases: [\"/en/2022-05/movements/old-covid/\"]\n---\n\nText.\n",
    };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "alias-site-" + Guid.NewGuid().ToString("N")[..8]);

    [Theory]
    [InlineData("vi/2022-05/phong-trao/covid/", "vi/2022-05/phong-trao/phong-chong-covid-19/", "2.1. Phòng, chống dịch COVID-19")]
    [InlineData("en/2022-05/movements/old-covid/", "en/2022-05/movements/covid-19/", "2.1. COVID-19 prevention")]
    public async Task Alias_RedirectsToItsPage(string alias, string page, string title)
    {
        var output = Build();
        Assert.Contains("http-equiv=\"refresh\"", File.ReadAllText(Path.Combine(output, alias, "index.html")), StringComparison.Ordinal);
        var context = await site.NewContextAsync(SitePages.Wide);
        await context.RouteAsync(Origin + "/**", route => Serve(route, output));
        await using var probe = await PageProbe.OpenAsync(context);
        await probe.RunAsync("alias-" + alias, async () =>
        {
            // The alias page refreshes at once: wait only for its answer, not its load event, which the refresh may pre-empt.
            var response = await probe.Page.GotoAsync(BaseUrl + alias, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            Assert.Equal(200, response?.Status);
            await Assertions.Expect(probe.Page).ToHaveURLAsync(BaseUrl + page, new PageAssertionsToHaveURLOptions { Timeout = 15_000 });
            await Assertions.Expect(probe.Page.Locator("main h1")).ToHaveTextAsync(title, new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 });
            probe.AssertNoProblems("alias " + alias);
        });
        await context.CloseAsync();
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

    private string Build()
    {
        var input = Path.Combine(_root, "input");
        foreach (var (path, text) in Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(input, path))!);
            File.WriteAllText(Path.Combine(input, path), text);
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(SiteServerFixture.RepositoryRoot, "input", "i18n")))
        {
            Directory.CreateDirectory(Path.Combine(input, "i18n"));
            File.Copy(file, Path.Combine(input, "i18n", Path.GetFileName(file)));
        }

        var output = Path.Combine(_root, "_site");
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = input,
            ThemeDirectory = Path.Combine(SiteServerFixture.RepositoryRoot, "theme"),
            OutputDirectory = output,
            BaseUrl = BaseUrl,
        });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return output;
    }

    /// <summary>Answers a request under /repo/ with the output file (a folder's index.html), or 404.</summary>
    private static Task Serve(IRoute route, string output)
    {
        var path = new Uri(route.Request.Url).AbsolutePath;
        var file = path.StartsWith("/repo/", StringComparison.Ordinal) ? Path.Combine(output, Uri.UnescapeDataString(path["/repo/".Length..])) : string.Empty;
        if (Directory.Exists(file))
        {
            file = Path.Combine(file, "index.html");
        }

        if (!File.Exists(file))
        {
            return route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "not found" });
        }

        var type = Path.GetExtension(file) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            ".png" => "image/png",
            ".woff2" => "font/woff2",
            ".json" => "application/json; charset=utf-8",
            _ => "application/octet-stream",
        };
        return route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = File.ReadAllBytes(file), ContentType = type });
    }
}
