using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Markdown;

/// <summary>Writes a cited figure as `&lt;data&gt;` with the raw value, linked to the table it comes from, and its note's mark.</summary>
public sealed class FigureInlineRenderer : HtmlObjectRenderer<FigureInline>
{
    protected override void Write(HtmlRenderer renderer, FigureInline figure)
    {
        renderer.Write(figure.Disagrees ? "<a class=\"figure-ref disagrees\" href=\"" : "<a class=\"figure-ref\" href=\"").WriteEscapeUrl(figure.Href ?? "#").Write("\" title=\"").WriteEscape(figure.SourceTitle ?? string.Empty).Write("\">");
        renderer.Write("<data value=\"").Write(figure.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).Write("\">");
        renderer.WriteEscape(figure.Display ?? figure.Reference);
        renderer.Write("</data></a>");
        if (figure.NoteNumber > 0)
        {
            // The same numbered mark as a flagged table cell, pointing to the page's notes on its figures.
            var number = figure.NoteNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            renderer.Write("<a class=\"audit-mark figure-note-mark\" href=\"#figure-note-").Write(number).Write("\" aria-label=\"").WriteEscape(figure.NoteLabel).Write("\">").Write(number).Write("</a>");
        }
    }
}
