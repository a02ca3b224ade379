namespace Site.Charts;

/// <summary>
/// The source line an image carries when it leaves the site: who issued the figures, in which report and when,
/// and the address of the page they are published on. Drawn into the PNG (under a rule, in the muted colour),
/// so that a chart copied into an article or a social post still says where it comes from.
/// </summary>
public static class ImageCredit
{
    private const float Pad = 12;
    private const float Size = 11;

    /// <summary><paramref name="scene"/> with <paramref name="lines"/> below it, each wrapped to the scene's width.</summary>
    public static ChartScene Below(ChartScene scene, IReadOnlyList<string> lines, ChartFonts fonts)
    {
        var rects = new List<SceneRect>(scene.Rects) { new(Pad, scene.Height, scene.Width - 2 * Pad, 1, ChartPalette.Muted, "credit-rule") };
        var texts = new List<SceneText>(scene.Texts);
        var y = scene.Height + 4;
        foreach (var line in lines.SelectMany(l => fonts.Wrap(l, Size, false, scene.Width - 2 * Pad)))
        {
            y += Size * 1.35f;
            texts.Add(new SceneText(Pad, y - 3, line, Size, false, ChartPalette.Muted, "credit"));
        }

        return scene with { Height = MathF.Ceiling(y + Pad), Rects = rects, Texts = texts };
    }

    /// <summary>"Nguồn: {issuer}, {report}, {date}" and the page's address without its scheme.</summary>
    public static IReadOnlyList<string> Lines(string sourceLabel, string issuer, string report, string date, string address) =>
        [Collapse($"{sourceLabel}: {string.Join(", ", new[] { issuer, report, date }.Where(p => p.Trim().Length > 0))}"), WithoutScheme(address)];

    /// <summary>"https://host/path/" → "host/path/": shorter to read and to type from a printed image.</summary>
    public static string WithoutScheme(string address) =>
        address[(address.IndexOf("://", StringComparison.Ordinal) is var i and >= 0 ? i + 3 : 0)..];

    /// <summary>Runs of spaces made one: a printed date with its day left blank ("ngày    tháng 5") reads badly in an image.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
