using System.Globalization;
using System.Text;
using SkiaSharp;
using Site.Theming;

namespace Site.Charts;

/// <summary>
/// The theme's own fonts (theme/fonts/NotoSans-*.ttf), loaded from the theme folder and never from the system,
/// so that a PNG is the same on every machine. Measures and wraps text for the layouts, and says which
/// character a font lacks before anything is drawn with a blank box in its place.
/// </summary>
public sealed class ChartFonts : IDisposable
{
    public const string RegularFile = "NotoSans-Regular.ttf";
    public const string BoldFile = "NotoSans-Bold.ttf";

    private ChartFonts(SKTypeface regular, SKTypeface bold, string folder, string fingerprint)
    {
        Regular = regular;
        Bold = bold;
        Folder = folder;
        Fingerprint = fingerprint;
    }

    /// <summary>A hash of both font files: images drawn with other fonts must not be reused from a cache.</summary>
    public string Fingerprint { get; }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>The theme-relative folder, for messages.</summary>
    public string Folder { get; }

    /// <summary>Null when either file is missing or unreadable; <paramref name="problem"/> then says which.</summary>
    public static ChartFonts? Load(ThemeFolders theme, out string? problem)
    {
        var regularPath = theme.Find($"fonts/{RegularFile}");
        var boldPath = theme.Find($"fonts/{BoldFile}");
        if (regularPath is null || boldPath is null)
        {
            problem = $"theme/fonts/{(regularPath is null ? RegularFile : BoldFile)} is missing";
            return null;
        }

        var regular = SKTypeface.FromFile(regularPath);
        var bold = SKTypeface.FromFile(boldPath);
        if (regular is null || bold is null)
        {
            regular?.Dispose();
            bold?.Dispose();
            problem = "theme/fonts/NotoSans-Regular.ttf or NotoSans-Bold.ttf is not a font Skia can read";
            return null;
        }

        problem = null;
        var hash = System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(regularPath).Concat(File.ReadAllBytes(boldPath)).ToArray());
        return new ChartFonts(regular, bold, "theme/fonts", Convert.ToHexString(hash));
    }

    public SKTypeface Typeface(bool bold) => bold ? Bold : Regular;

    /// <summary>A fresh SKFont per call: SKFont is mutable, and charts are drawn in parallel.</summary>
    public SKFont Font(float size, bool bold) => new(Typeface(bold), size)
    {
        Subpixel = true,
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.None, // Unhinted metrics scale exactly, so the 2× PNG matches the 1× layout.
    };

    public float Measure(string text, float size, bool bold)
    {
        using var font = Font(size, bold);
        return font.MeasureText(text);
    }

    /// <summary>
    /// Greedy wrapping on spaces: a line breaks only between words, never inside one. A word wider than the line
    /// stays whole on its own line; callers that must not overflow (the preview card) check <see cref="Fits"/>.
    /// </summary>
    public List<string> Wrap(string text, float size, bool bold, float width)
    {
        using var font = Font(size, bold);
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(word);
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    public bool Fits(IEnumerable<string> lines, float size, bool bold, float width)
    {
        using var font = Font(size, bold);
        return lines.All(l => font.MeasureText(l) <= width);
    }

    /// <summary>
    /// The first character of <paramref name="text"/> that the font has no glyph for, or null. Checked on the
    /// NFC text that is drawn: a precomposed Vietnamese letter needs its own glyph.
    /// </summary>
    public Rune? MissingGlyph(string text, bool bold)
    {
        using var font = Font(12, bold);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format)
            {
                continue; // Never drawn as a glyph.
            }

            if (!font.ContainsGlyph(rune.Value))
            {
                return rune;
            }
        }

        return null;
    }

    /// <summary>`U+4E2D '中'`: the form of a code point used in SITE060 messages.</summary>
    public static string Describe(Rune rune) => $"U+{rune.Value:X4} '{rune}'";

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }
}
