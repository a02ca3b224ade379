using Site.Diagnostics;

namespace Site.Content;

/// <summary>
/// Whether a base URL can be published: canonical links, feeds, the sitemap and preview cards carry it, so a site
/// without one (only a path, or nothing) or with a local one would tell search engines and readers to go to
/// http://localhost/. A plain build only warns, so a preview works anywhere; --strict refuses it.
/// </summary>
public static class PublishedAddress
{
    public static void Check(string baseUrl, string file, SourcePosition at, DiagnosticBag diagnostics)
    {
        var problem = !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            ? $"the site has no published address (base_url is '{baseUrl}'): canonical links, feeds and the sitemap would point to http://localhost/"
            : IsLocal(uri.Host)
                ? $"the published address '{baseUrl}' is this machine's: readers elsewhere cannot reach it"
                : null;
        if (problem is not null)
        {
            diagnostics.Warning(DiagnosticCodes.BaseUrlNotPublishable, file, at, problem,
                "Set base_url in site.yml to the address readers use, e.g. https://owner.github.io/repo/, or pass --base-url (the Pages workflow passes the one GitHub gives).");
        }
    }

    private static bool IsLocal(string host) =>
        host is "localhost" or "0.0.0.0" or "[::1]" or "[::]" || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) || host.StartsWith("127.", StringComparison.Ordinal);
}
