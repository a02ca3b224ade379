using System.Net;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace Site.Markdown;

/// <summary>
/// Writes a parsed and linked page body as HTML, and nothing more: every reference was resolved and every problem
/// reported before. Raw HTML is escaped unless allowed.
/// </summary>
public sealed class MarkdownPageRenderer
{
    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();
    private readonly bool _allowHtml;

    public MarkdownPageRenderer(bool allowHtml)
    {
        _allowHtml = allowHtml;
    }

    /// <summary>
    /// The body as HTML. The Link stage left the site's own targets as paths from the site root ("/vi/…#anchor");
    /// <paramref name="siteLink"/> turns such a path (without its leading slash) into the href written on the page being
    /// rendered, so one body renders correctly from any address (the home page shows the latest edition's).
    /// </summary>
    public RenderedMarkdown Render(ParsedMarkdown body, Func<string, string> siteLink)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            LinkRewriter = url => IsSitePath(url) ? SiteHref(url, siteLink) : url,
        };
        _pipeline.Setup(renderer);
        if (_allowHtml)
        {
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new GuardedHtmlBlockRenderer());
            renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new GuardedHtmlInlineRenderer());
        }
        else
        {
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
            renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
        }

        renderer.Render(body.Document);
        return new RenderedMarkdown(writer.ToString(), body.Headings);
    }

    /// <summary>
    /// The text of the HTML, for search and word counts: each tag (a '&lt;', one character or more, the next '&gt;')
    /// and each run of white space becomes one space, then entities are decoded. One pass over the text: the two
    /// regular-expression replacements it replaces were a tenth of the render stage.
    /// </summary>
    public static string PlainText(string html)
    {
        var text = new StringBuilder(html.Length);
        var space = false;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<' && i + 1 < html.Length && html[i + 1] != '>' && html.IndexOf('>', i + 2) is var end and > 0)
            {
                space = true;
                i = end;
            }
            else if (char.IsWhiteSpace(c))
            {
                space = true;
            }
            else
            {
                if (space)
                {
                    text.Append(' ');
                    space = false;
                }

                text.Append(c);
            }
        }

        if (space)
        {
            text.Append(' ');
        }

        return WebUtility.HtmlDecode(text.ToString()).Trim();
    }

    private static bool IsSitePath(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    private static string SiteHref(string url, Func<string, string> siteLink)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? siteLink(url[1..]) : siteLink(url[1..hash]) + url[hash..];
    }
}
