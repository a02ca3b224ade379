using System.Net;
using Site.Preview;

namespace Site.Tests.Serving;

/// <summary>
/// The one static-file server of `serve` and the browser tests answers as GitHub Pages does for a project site
/// under /repo/, so that an address that works in the preview works when published, and one that fails, fails.
/// </summary>
public sealed class PagesFileHandlerTests : IAsyncLifetime, IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "pages-test-" + Guid.NewGuid().ToString("N")[..10]);
    private PagesServer? _server;
    private HttpClient _client = null!;

    private string Root => Path.Combine(_parent, "site");

    public async Task InitializeAsync()
    {
        Write("index.html", "<p>home</p>");
        Write("404.html", "<p>not here</p>");
        Write("en/index.html", "<p>english</p>");
        Write("en/story.html", "<p>story</p>");
        Write("assets/site.css", "body{}");
        Write("assets/site.js", "1;");
        Write("assets/chart.svg", "<svg/>");
        Write("assets/chart.png", "png");
        Write("search/vi.json", "{}");
        Write("feed.xml", "<feed/>");
        Write("data/table 01.csv", "a,b");
        File.WriteAllText(Path.Combine(_parent, "secret.txt"), "outside the site");
        var port = RunningPreview.FreePort();
        _server = await PagesServer.StartAsync(Root, "/repo/", port);
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Theory]
    [InlineData("repo/", "<p>home</p>", "text/html; charset=utf-8")]
    [InlineData("repo/en/", "<p>english</p>", "text/html; charset=utf-8")]
    [InlineData("repo/en/story.html", "<p>story</p>", "text/html; charset=utf-8")]
    [InlineData("repo/en/story", "<p>story</p>", "text/html; charset=utf-8")]
    [InlineData("repo/assets/site.css", "body{}", "text/css; charset=utf-8")]
    [InlineData("repo/assets/site.js", "1;", "text/javascript; charset=utf-8")]
    [InlineData("repo/assets/chart.svg", "<svg/>", "image/svg+xml; charset=utf-8")]
    [InlineData("repo/assets/chart.png", "png", "image/png")]
    [InlineData("repo/search/vi.json", "{}", "application/json; charset=utf-8")]
    [InlineData("repo/feed.xml", "<feed/>", "text/xml; charset=utf-8")]
    [InlineData("repo/data/table%2001.csv", "a,b", "text/csv; charset=utf-8")]
    public async Task ExistingAddress_Gets200_TheFile_AndTheContentTypeOfItsExtension(string path, string body, string contentType)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("repo", "/repo/")]
    [InlineData("repo/en", "/repo/en/")]
    [InlineData("repo/en?lang=vi", "/repo/en/?lang=vi")]
    public async Task FolderWithoutTrailingSlash_IsRedirectedPermanentlyToIt(string path, string location)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("repo/missing")]
    [InlineData("repo/en/missing/")]
    [InlineData("repo/assets/")]
    [InlineData("repo/%2e%2e/secret.txt")]
    [InlineData("repo/..%2fsecret.txt")]
    [InlineData("secret.txt")]
    [InlineData("")]
    public async Task UnknownAddress_Gets404WithTheSites404Page(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<p>not here</p>", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Head_GetsTheLengthWithoutTheBody_AndPost_IsNotAllowed()
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "repo/en/"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("<p>english</p>".Length, head.Content.Headers.ContentLength);

        using var post = await _client.PostAsync("repo/", new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task SiteWithout404Page_StillAnswers404()
    {
        File.Delete(Path.Combine(Root, "404.html"));
        using var response = await _client.GetAsync("repo/missing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
