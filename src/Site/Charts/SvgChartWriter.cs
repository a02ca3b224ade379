using System.Globalization;
using System.Text;

namespace Site.Charts;

/// <summary>
/// Writes a laid-out chart as SVG text for placing inside the page: text stays text (searchable, selectable,
/// translated), role="img" with title and desc for screen readers, and only presentation attributes
/// (fill=, font-size=) because the site's CSP forbids style elements and style attributes. Written by hand
/// rather than through SKSvgCanvas, which splits text into per-glyph positions.
/// </summary>
public static class SvgChartWriter
{
    private const string FontFamily = "'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif";

    /// <summary>On screen the chart is shown this much larger than its viewBox, so its text matches the body text.</summary>
    public const float DisplayScale = 1.25f;

    public static string Write(ChartModel chart, ChartScene scene)
    {
        var svg = new StringBuilder();
        var id = chart.Id;
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 ").Append(N(scene.Width)).Append(' ').Append(N(scene.Height))
            .Append("\" width=\"").Append(N(scene.Width * DisplayScale)).Append("\" height=\"").Append(N(scene.Height * DisplayScale))
            .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\" font-family=\"").Append(FontFamily).Append("\">\n");
        svg.Append("<title id=\"").Append(id).Append("-title\">").Append(E(chart.Title)).Append("</title>\n");
        svg.Append("<desc id=\"").Append(id).Append("-desc\">").Append(E(chart.Description)).Append("</desc>\n");
        if (scene.Rects.Any(r => r.Hatched))
        {
            // White diagonal stripes laid over a bar: the same 6-unit, 45° hatch PngChartRenderer draws.
            svg.Append("<defs><pattern id=\"").Append(id).Append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .Append("<rect width=\"2\" height=\"6\" fill=\"#ffffff\"/></pattern></defs>\n");
        }

        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"").Append(scene.Background).Append("\"/>\n");
        foreach (var rect in scene.Rects)
        {
            svg.Append("<rect class=\"").Append(rect.Role).Append("\" x=\"").Append(N(rect.X)).Append("\" y=\"").Append(N(rect.Y))
                .Append("\" width=\"").Append(N(rect.Width)).Append("\" height=\"").Append(N(rect.Height)).Append("\" fill=\"").Append(rect.Fill).Append('"');
            foreach (var (name, value) in rect.Data)
            {
                svg.Append(' ').Append(name).Append("=\"").Append(E(value)).Append('"');
            }

            svg.Append("/>\n");
            if (rect.Hatched)
            {
                svg.Append("<rect class=\"hatch\" x=\"").Append(N(rect.X)).Append("\" y=\"").Append(N(rect.Y)).Append("\" width=\"").Append(N(rect.Width))
                    .Append("\" height=\"").Append(N(rect.Height)).Append("\" fill=\"url(#").Append(id).Append("-hatch)\"");
                if (rect.Stroke is not null)
                {
                    svg.Append(" stroke=\"").Append(rect.Stroke).Append("\" stroke-width=\"").Append(N(rect.StrokeWidth)).Append('"');
                }

                svg.Append("/>\n");
            }
        }

        foreach (var text in scene.Texts)
        {
            svg.Append("<text class=\"").Append(text.Role).Append("\" x=\"").Append(N(text.X)).Append("\" y=\"").Append(N(text.Y))
                .Append("\" font-size=\"").Append(N(text.Size)).Append('"');
            if (text.Bold)
            {
                svg.Append(" font-weight=\"700\"");
            }

            if (text.AlignEnd)
            {
                svg.Append(" text-anchor=\"end\"");
            }

            svg.Append(" fill=\"").Append(text.Fill).Append("\">").Append(E(text.Text)).Append("</text>\n");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string N(float value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
