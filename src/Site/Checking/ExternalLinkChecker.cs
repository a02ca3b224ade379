using System.Net;
using AngleSharp.Html.Parser;
using Site.Diagnostics;
using Site.Markdown;

namespace Site.Checking;

/// <summary>`site check --external`: asks each external link's host whether the page still exists. Never part of a build or the tests (no network there).</summary>
public static class ExternalLinkChecker
{
    public static async Task<IReadOnlyList<(string Url, string Status, IReadOnlyList<string> Pages)>> CheckAsync(string outputDirectory, CancellationToken cancellation)
    {
        var parser = new HtmlParser();
        var links = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(outputDirectory, "*.html", SearchOption.AllDirectories))
        {
            var page = Path.GetRelativePath(outputDirectory, file).Replace('\\', '/');
            foreach (var anchor in parser.ParseDocument(await File.ReadAllTextAsync(file, cancellation)).QuerySelectorAll("a[href]"))
            {
                var href = anchor.GetAttribute("href")!;
                if (SafeUrlPolicy.IsExternal(href) && !href.StartsWith("//", StringComparison.Ordinal))
                {
                    (links.TryGetValue(href, out var pages) ? pages : links[href] = new SortedSet<string>(StringComparer.Ordinal)).Add(page);
                }
            }
        }

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("site-link-check/1.0");
        var results = new List<(string, string, IReadOnlyList<string>)>();
        foreach (var (url, pages) in links)
        {
            string status;
            try
            {
                using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), cancellation);
                status = response.StatusCode == HttpStatusCode.MethodNotAllowed
                    ? ((int)(await client.GetAsync(url, cancellation)).StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                status = "unreachable: " + e.Message;
            }

            results.Add((url, status, pages.ToList()));
        }

        return results;
    }
}
