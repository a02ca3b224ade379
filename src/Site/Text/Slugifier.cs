using System.Text;

namespace Site.Text;

/// <summary>Readable URL and anchor slugs for Vietnamese and English: `Đoàn Thanh niên` → `doan-thanh-nien`.</summary>
public static class Slugifier
{
    public static string Slugify(string text)
    {
        var folded = VietnameseFolding.Fold(TextNormalizer.StripInvisible(text)).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }
}
