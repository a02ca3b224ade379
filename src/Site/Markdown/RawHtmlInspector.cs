using AngleSharp.Html.Parser;
using Markdig.Syntax;

namespace Site.Markdown;

/// <summary>
/// Raw HTML that site.yml lets through (allow_html: true) is markup, never code: an event-handler attribute, a
/// script or an embedded frame or object, or an unsafe URL is an error at the Markdown line, and the node is shown as
/// text instead, so that the output check's own net (which only knows the built page) never has to catch it.
/// </summary>
public static class RawHtmlInspector
{
    private static readonly object RefusedKey = new();
    private static readonly string[] CodeElements = ["script", "iframe", "object", "embed", "base", "frame", "frameset"];
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "cite", "background", "data", "poster", "xlink:href", "ping", "manifest"];
    private static readonly HtmlParser Parser = new();

    /// <summary>Why <paramref name="html"/> may not be published as markup, or null when it may.</summary>
    public static string? Problem(string html)
    {
        var document = Parser.ParseDocument("<body>" + html);
        foreach (var element in document.Body?.QuerySelectorAll("*") ?? Enumerable.Empty<AngleSharp.Dom.IElement>())
        {
            var name = element.LocalName;
            if (CodeElements.Contains(name, StringComparer.Ordinal))
            {
                return $"<{name}> runs or embeds code";
            }

            if (element.Attributes.FirstOrDefault(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) is { } handler)
            {
                return $"<{name}> has an event-handler attribute '{handler.Name}'";
            }

            if (element.Attributes.FirstOrDefault(a => UrlAttributes.Contains(a.Name, StringComparer.OrdinalIgnoreCase) && !SafeUrlPolicy.IsSafe(a.Value)) is { } url)
            {
                return $"<{name}> has an unsafe URL '{url.Value}' in its {url.Name} attribute";
            }
        }

        return null;
    }

    /// <summary>Marks a node to be shown as text, not run.</summary>
    public static void Refuse(MarkdownObject node) => node.SetData(RefusedKey, true);

    public static bool IsRefused(MarkdownObject node) => node.GetData(RefusedKey) is true;
}
