using Site.Diagnostics;

namespace Site.Content;

/// <summary>site.yml: what is true of the whole site.</summary>
public sealed record SiteConfig(
    LocalizedText Title,
    LocalizedText Description,
    string BaseUrl,
    IReadOnlyList<string> Languages,
    bool AllowHtml,
    string? Contact,
    LocalizedText Licence)
{
    /// <summary>Who publishes the site (site.yml `publisher`), named on every page beside the contact; empty when not given.</summary>
    public LocalizedText Publisher { get; init; } = LocalizedText.Empty;

    /// <summary>
    /// True when site.yml could not be read and the build goes on with defaults, only to report every page's own
    /// errors: checks of what site.yml would have said (its published address) are then left out.
    /// </summary>
    public bool IsFallback { get; init; }

    /// <summary>
    /// Whether every page gets its own 1200×630 preview image for social networks (on by default). A site of
    /// thousands of pages may turn it off: each card is about 60 KB and 6 ms of CPU, and GitHub Pages serves 1 GB.
    /// </summary>
    public bool PreviewCards { get; init; } = true;

    /// <summary>
    /// `translations: strict`: a missing or stale translation fails a --strict build. By default it only warns, so
    /// that a correction to the official text is never held back by its translation (the reader is told instead).
    /// </summary>
    public bool StrictTranslations { get; init; }

    /// <summary>Where base_url stands in site.yml (the top of the file when it is absent), for messages about it.</summary>
    public SourcePosition BaseUrlAt { get; init; } = SourcePosition.Start;

    public string DefaultLanguage => Languages[0];

    /// <summary>The path part of the base URL, always starting and ending with '/': "/repo/" or "/".</summary>
    public string BasePath
    {
        get
        {
            var path = WebAddress(out var uri) ? uri.AbsolutePath : BaseUrl;
            path = "/" + path.Trim('/');
            return path.EndsWith('/') ? path : path + "/";
        }
    }

    /// <summary>Scheme and host of the base URL without a trailing slash, for absolute links in feeds and metadata.</summary>
    public string Origin => WebAddress(out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "http://localhost";

    /// <summary>Only http(s) counts: on Unix, "/" parses as an absolute file:// URI.</summary>
    private bool WebAddress(out Uri uri) =>
        Uri.TryCreate(BaseUrl, UriKind.Absolute, out uri!) && uri.Scheme is "http" or "https";
}
