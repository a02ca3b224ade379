using System.Buffers;
using System.Globalization;
using System.Text;

namespace Site.Text;

/// <summary>Brings text from any editor to one form: NFC, LF line endings, no BOM.</summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        // Lone CR (old Mac) and CRLF both become LF so that line numbers count the same everywhere.
        if (text.Contains('\r'))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Zero-width, soft hyphen and bidirectional controls, and the control characters of C0 (but tab and line feed),
    /// DEL and C1, and the noncharacters U+FFFE/U+FFFF: invisible, yet they break slugs, search and copy-paste, and
    /// XML (feeds, the sitemap) cannot hold most of them at all.
    /// </summary>
    public static bool IsInvisibleControl(char c) => c switch
    {
        '\t' or '\n' => false,
        < ' ' or (>= '\u007F' and <= '\u009F') or '\uFFFE' or '\uFFFF' => true,
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        '\u200E' or '\u200F' or '\u061C' => true,
        _ => false,
    };

    /// <summary>Every character <see cref="IsInvisibleControl"/> accepts, for a vectorised search: every source file is scanned for them.</summary>
    private static readonly SearchValues<char> InvisibleControls =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(IsInvisibleControl).ToArray());

    public static bool HasInvisible(ReadOnlySpan<char> text) => text.IndexOfAny(InvisibleControls) >= 0;

    public static string StripInvisible(string text)
    {
        if (!HasInvisible(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsInvisibleControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
