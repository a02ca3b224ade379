namespace Site.Markdown;

/// <summary>
/// Which link targets may reach a reader. Browsers ignore tabs, newlines and case in a scheme, so we do too
/// before deciding: `JaVa&#x09;script:` is still javascript.
/// </summary>
public static class SafeUrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>The URL's scheme in lower case, or null for a relative URL or a fragment.</summary>
    public static string? Scheme(string url)
    {
        // Cleaning only removes characters, so a URL without a colon has no scheme: most links of a site, and the
        // check asks about every one of them.
        if (!url.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var cleaned = new string(url.Where(c => c > ' ' && c != '\u007F' && !Text.TextNormalizer.IsInvisibleControl(c)).ToArray()).ToLowerInvariant();
        var colon = cleaned.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var end = cleaned.IndexOfAny(['/', '?', '#']);
        return end >= 0 && end < colon ? null : cleaned[..colon];
    }

    public static bool IsSafe(string url) => Scheme(url) is not { } scheme || AllowedSchemes.Contains(scheme);

    public static bool IsExternal(string url) => Scheme(url) is "http" or "https" || url.TrimStart().StartsWith("//", StringComparison.Ordinal);
}
