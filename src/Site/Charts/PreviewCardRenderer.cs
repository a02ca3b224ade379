namespace Site.Charts;

/// <summary>
/// Lays out the 1200×630 image that social networks show for a link: the site's dark blue with the title in
/// large white type, the site name above it, a story's headline fact under it in the highlight colour, the
/// edition and its source (issuer, date, address) on a white band below. The title is wrapped between words only
/// and shrunk until every line fits; it is never cut inside a word.
/// </summary>
public static class PreviewCardRenderer
{
    public const int Width = 1200;
    public const int Height = 630;
    private const float Margin = 80;
    private const float TitleTop = 140;
    private const float TitleBottom = 460;
    private const float BandTop = 490;
    private const float MaxTitleSize = 68;
    private const float MinTitleSize = 16;
    private const float FactSize = 30;

    public static ChartScene Layout(PreviewCard card, ChartFonts fonts)
    {
        var inner = Width - 2 * Margin;
        var rects = new List<SceneRect>
        {
            new(0, 0, Width, 10, ChartPalette.Highlight, "stripe"),
            new(0, BandTop, Width, Height - BandTop, ChartPalette.Paper, "band"),
            new(Margin, BandTop + 22, 8, 96, ChartPalette.Accent, "mark"),
        };
        var texts = new List<SceneText>();
        var siteSize = FitSingleLine(card.SiteName, 30, true, inner, fonts);
        texts.Add(new SceneText(Margin, 96, card.SiteName, siteSize, true, ChartPalette.AccentLight, "site"));

        // A fact takes up to two lines at the foot of the title area; the title keeps the rest.
        var factLines = card.Fact.Length == 0 ? [] : fonts.Wrap(card.Fact, FactSize, true, inner).Take(2).ToList();
        var titleBottom = TitleBottom - factLines.Count * FactSize * 1.25f - (factLines.Count > 0 ? 16 : 0);
        var (size, lines) = FitTitle(card.Title, inner, fonts, titleBottom);
        var lineHeight = size * 1.2f;
        var blockTop = TitleTop + ((titleBottom - TitleTop) - lines.Count * lineHeight) / 2;
        for (var i = 0; i < lines.Count; i++)
        {
            // Baseline at about 0.95 em below the top of each line box, which leaves room for stacked marks above.
            texts.Add(new SceneText(Margin, blockTop + i * lineHeight + size * 0.98f, lines[i], size, true, ChartPalette.Paper, "title"));
        }

        for (var i = 0; i < factLines.Count; i++)
        {
            texts.Add(new SceneText(Margin, titleBottom + 16 + (i + 1) * FactSize * 1.2f, factLines[i], FactSize, true, ChartPalette.Highlight, "fact"));
        }

        var bandText = Margin + 28;
        var bandWidth = Width - bandText - Margin;
        texts.Add(new SceneText(bandText, BandTop + 46, card.EditionTitle, FitSingleLine(card.EditionTitle, 28, true, bandWidth, fonts), true, ChartPalette.Accent, "edition"));
        if (card.Source.Length > 0)
        {
            texts.Add(new SceneText(bandText, BandTop + 80, card.Source, FitSingleLine(card.Source, 22, false, bandWidth, fonts), false, ChartPalette.Ink, "source"));
        }

        texts.Add(new SceneText(bandText, BandTop + (card.Source.Length > 0 ? 112 : 80), card.Address, FitSingleLine(card.Address, 22, false, bandWidth, fonts), false, ChartPalette.Muted, "address"));
        return new ChartScene(Width, Height, ChartPalette.Accent, rects, texts);
    }

    /// <summary>The largest size at which the title wraps into the title area with no line wider than it.</summary>
    public static (float Size, List<string> Lines) FitTitle(string title, float width, ChartFonts fonts, float bottom = TitleBottom)
    {
        for (var size = MaxTitleSize; size >= MinTitleSize; size -= 2)
        {
            var lines = fonts.Wrap(title, size, true, width);
            if (lines.Count * size * 1.2f <= bottom - TitleTop && fonts.Fits(lines, size, true, width))
            {
                return (size, lines);
            }
        }

        // Longer than the card can hold even small: keep the lines that fit and end on a whole word with "…".
        var fallback = fonts.Wrap(title, MinTitleSize, true, width);
        var count = (int)((bottom - TitleTop) / (MinTitleSize * 1.2f));
        if (fallback.Count > count)
        {
            fallback = fallback.Take(count).ToList();
            var last = fallback[^1].Split(' ').ToList();
            while (last.Count > 1 && fonts.Measure(string.Join(' ', last) + " …", MinTitleSize, true) > width)
            {
                last.RemoveAt(last.Count - 1);
            }

            fallback[^1] = string.Join(' ', last) + " …";
        }

        return (MinTitleSize, fallback);
    }

    private static float FitSingleLine(string text, float size, bool bold, float width, ChartFonts fonts)
    {
        while (size > 12 && fonts.Measure(text, size, bold) > width)
        {
            size -= 1;
        }

        return size;
    }
}
