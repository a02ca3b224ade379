using Site.Diagnostics;
using Site.Markdown;

namespace Site.Checking;

/// <summary>
/// The output check's safety net, whatever the renderer did: no event-handler attribute, no script but the theme's own
/// files, no unsafe URL in any attribute that holds one, and a Content-Security-Policy as strict as the site's.
/// </summary>
internal static class MarkupSafety
{
    /// <summary>Attributes that hold a URL a browser may follow or load, besides the ones the link check resolves.</summary>
    public static readonly string[] OtherUrlAttributes = ["formaction", "cite", "background", "data", "xlink:href", "ping", "manifest"];

    /// <summary>The attributes this check reads (the tokenizer keeps only what some check asks for).</summary>
    public static bool Reads(ReadOnlySpan<char> attribute) =>
        attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase)
        || attribute is "type" or "content" or "formaction" or "cite" or "background" or "data" or "xlink:href" or "ping" or "manifest";

    public static void Inspect(string file, string element, Dictionary<string, string> attributes, PageCheck page)
    {
        foreach (var name in attributes.Keys.Where(a => a.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
        {
            page.Problem(DiagnosticCodes.UnsafeMarkup, file, $"<{element}> has an event-handler attribute '{name}'",
                "Nothing from the input may become markup: find the text that produced it.");
        }

        foreach (var name in OtherUrlAttributes)
        {
            if (attributes.TryGetValue(name, out var url) && !SafeUrlPolicy.IsSafe(url))
            {
                page.Problem(DiagnosticCodes.UnsafeUrl, file, $"unsafe URL '{url}' in the {name} attribute of <{element}>");
            }
        }

        if (element == "script")
        {
            InspectScript(file, attributes, page);
        }
    }

    /// <summary>
    /// The theme's scripts are files under assets/ (the CSP allows only 'self'), and its structured data is JSON-LD,
    /// which a browser never runs; any other script did not come from the theme.
    /// </summary>
    private static void InspectScript(string file, Dictionary<string, string> attributes, PageCheck page)
    {
        if (attributes.GetValueOrDefault("type") is "application/ld+json" && !attributes.ContainsKey("src"))
        {
            return;
        }

        // The 404 page is served at any address, so its links are absolute under the base path ("/repo/assets/site.js").
        var src = attributes.GetValueOrDefault("src");
        var path = src is null || SafeUrlPolicy.Scheme(src) is not null || SafeUrlPolicy.IsExternal(src) ? null
            : src.StartsWith('/') ? src.Split('?', '#')[0]
            : "/" + Output.OutputPaths.Resolve(file, src.Split('?', '#')[0]);
        var asset = path is not null && path.EndsWith(".js", StringComparison.Ordinal) && path.Contains("/assets/", StringComparison.Ordinal);
        if (!asset)
        {
            page.Problem(DiagnosticCodes.UnsafeMarkup, file, src is null ? "an inline <script> the theme did not write" : $"a <script> from '{src}', which is not one of the theme's assets",
                "Only the theme's own script files under assets/ may run on a page.");
        }
    }

    /// <summary>
    /// Null when <paramref name="policy"/> is as strict as the site's own: it names default-src, every source of every
    /// directive is the site itself or nothing (images and fonts may also be data:), and plugins and &lt;base&gt; are
    /// restricted. Otherwise why not.
    /// </summary>
    public static string? CspProblem(string policy)
    {
        var directives = policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(d => d.Length > 0)
            .GroupBy(d => d[0].ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First()[1..]);
        if (!directives.TryGetValue("default-src", out var defaults))
        {
            return "it has no default-src";
        }

        foreach (var (directive, sources) in directives)
        {
            var allowed = directive is "img-src" or "font-src" ? new[] { "'self'", "'none'", "data:" } : ["'self'", "'none'"];
            if (sources.FirstOrDefault(s => !allowed.Contains(s.ToLowerInvariant())) is { } foreign)
            {
                return $"{directive} allows {foreign}";
            }
        }

        string[] Effective(string directive) => directives.GetValueOrDefault(directive) ?? defaults;
        if (!Effective("object-src").Contains("'none'"))
        {
            return "object-src is not 'none'";
        }

        return directives.ContainsKey("base-uri") ? null : "it has no base-uri";
    }
}
