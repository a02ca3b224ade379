namespace Site.Charts;

/// <summary>
/// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; each has at least 3:1 contrast
/// on white (blue 5.2, vermillion 3.9, bluish green 3.4), as WCAG asks of graphical objects.
/// </summary>
public static class ChartPalette
{
    public static readonly string[] Series = ["#0072B2", "#D55E00", "#009E73"];

    public const string Ink = "#1b1f24";
    public const string Muted = "#4a5560";
    public const string Paper = "#ffffff";
    public const string Accent = "#0b5394";
    public const string AccentLight = "#dbe7f3";
    public const string Highlight = "#ffbf47";

    public static string SeriesColour(int index) => Series[index % Series.Length];
}
