using System.Globalization;

namespace Site.Charts;

/// <summary>
/// Lays out a horizontal bar chart: title, legend, then for each category its label above its bars, each bar
/// labelled directly with its value and series name, so that nothing is told by colour alone. Horizontal bars
/// with labels above them keep long Vietnamese row names readable on a 360 px phone, where the 360-unit
/// viewBox shrinks only to about 90 %, keeping 14-unit labels near 13 px.
/// </summary>
public static class BarChartLayout
{
    public const float Width = 360;
    private const float Pad = 12;
    private const float TitleSize = 16;
    private const float LabelSize = 14;
    private const float ValueSize = 13;
    private const float LegendSize = 13;
    private const float NoteSize = 12;
    private const float BarHeight = 16;
    private const float BarGap = 4;
    private const float CategoryGap = 12;

    public static ChartScene Layout(ChartModel chart, ChartFonts fonts)
    {
        var rects = new List<SceneRect>();
        var texts = new List<SceneText>();
        var inner = Width - 2 * Pad;
        var y = Pad;

        foreach (var line in fonts.Wrap(chart.Title, TitleSize, true, inner))
        {
            y += TitleSize * 1.3f;
            texts.Add(new SceneText(Pad, y - 4, line, TitleSize, true, ChartPalette.Ink, "title"));
        }

        y += 8;
        y = Legend(chart, fonts, rects, texts, y, inner);
        y += 10;

        var labels = chart.Categories.SelectMany(c => c.Bars).ToList();
        var widest = labels.Count == 0 ? 0 : labels.Max(b => fonts.Measure(ValueText(chart, b), ValueSize, b.Flagged));
        var barMax = Math.Max(80, inner - widest - 8);
        var max = chart.Categories.SelectMany(c => c.Bars).Select(b => b.Value ?? 0).DefaultIfEmpty(0).Max();
        foreach (var category in chart.Categories)
        {
            foreach (var line in fonts.Wrap(category.Label, LabelSize, false, inner))
            {
                y += LabelSize * 1.3f;
                texts.Add(new SceneText(Pad, y - 4, line, LabelSize, false, ChartPalette.Ink, "label"));
            }

            y += 4;
            var barsTop = y;
            foreach (var bar in category.Bars)
            {
                var series = chart.Series[bar.Series];
                var baseline = y + BarHeight - 3.5f;
                if (bar.Value is not { } value)
                {
                    // An empty printed cell is not a zero: no bar, only the word, so the gap is explained.
                    texts.Add(new SceneText(Pad + 6, baseline, ValueText(chart, bar), ValueSize, false, ChartPalette.Muted, "empty"));
                }
                else
                {
                    var length = max == 0 ? 0 : value == 0 ? 0 : Math.Max(2, barMax * value / (float)max);
                    rects.Add(new SceneRect(Pad, y, Round(length), BarHeight, series.Colour, "bar")
                    {
                        Hatched = bar.Flagged,
                        Stroke = bar.Flagged ? ChartPalette.Ink : null,
                        StrokeWidth = bar.Flagged ? 1.5f : 0,
                        Data =
                        [
                            new("data-value", value.ToString(CultureInfo.InvariantCulture)),
                            new("data-series", bar.Series.ToString(CultureInfo.InvariantCulture)),
                            new("data-flagged", bar.Flagged ? "true" : "false"),
                        ],
                    });
                    texts.Add(new SceneText(Pad + Round(length) + 6, baseline, ValueText(chart, bar), ValueSize, bar.Flagged, ChartPalette.Ink, "value"));
                }

                y += BarHeight + BarGap;
            }

            // The zero line beside each group of bars: bars start from it, and an empty cell's word sits just right of it.
            rects.Add(new SceneRect(Pad - 1, barsTop - 2, 1, y - BarGap - barsTop + 4, ChartPalette.Ink, "axis"));
            y += CategoryGap - BarGap;
        }

        foreach (var note in chart.Notes)
        {
            foreach (var line in fonts.Wrap(note, NoteSize, false, inner))
            {
                y += NoteSize * 1.35f;
                texts.Add(new SceneText(Pad, y - 3, line, NoteSize, false, ChartPalette.Muted, "note"));
            }
        }

        return new ChartScene(Width, MathF.Ceiling(y + Pad), ChartPalette.Paper, rects, texts);
    }

    /// <summary>"1.539 · Cá nhân", "20* · Total", "trống · Tập thể", "empty* · Collectives": the value in the page's number format, then the series.</summary>
    public static string ValueText(ChartModel chart, ChartBar bar)
    {
        var series = chart.Series[bar.Series].Name;
        // An audited cell keeps its star even when printed empty: the audit says something should be there.
        var value = (bar.Value is { } v ? chart.Numbers.Format(v) : chart.EmptyLabel) + (bar.Flagged ? "*" : string.Empty);
        return $"{value} · {series}";
    }

    private static float Legend(ChartModel chart, ChartFonts fonts, List<SceneRect> rects, List<SceneText> texts, float y, float inner)
    {
        var x = Pad;
        var top = y;
        foreach (var series in chart.Series)
        {
            var width = 12 + 6 + fonts.Measure(series.Name, LegendSize, false);
            if (x > Pad && x + width > Pad + inner)
            {
                x = Pad;
                top += 20;
            }

            rects.Add(new SceneRect(x, top + 3, 12, 12, series.Colour, "swatch"));
            texts.Add(new SceneText(x + 18, top + 14, series.Name, LegendSize, false, ChartPalette.Ink, "legend"));
            x += width + 16;
        }

        return top + 20;
    }

    private static float Round(float value) => MathF.Round(value * 4) / 4;
}
