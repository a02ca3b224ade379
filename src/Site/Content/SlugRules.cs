using System.Text.RegularExpressions;

namespace Site.Content;

/// <summary>What a slug or an alias may contain, so that nothing is ever written outside the output folder.</summary>
public static partial class SlugRules
{
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>Null when the slug is fine, else why not.</summary>
    public static string? ProblemWithSlug(string slug)
    {
        if (slug.Length == 0)
        {
            return "it is empty";
        }

        if (ReservedNames.Contains(slug))
        {
            return $"'{slug}' is a reserved file name on Windows";
        }

        return SlugPattern().IsMatch(slug) ? null : "a slug may only hold lower-case letters a–z, digits and single hyphens";
    }

    /// <summary>
    /// The hint for a slug that is not allowed. It offers only a value that is itself allowed: a text that cleans to
    /// nothing says so, and a reserved name is never offered back.
    /// </summary>
    public static string SuggestSlug(string value)
    {
        var cleaned = Text.Slugifier.Slugify(value);
        if (cleaned.Length == 0)
        {
            return "It has no letter or digit a slug could keep: write one with letters a–z, digits and hyphens, e.g. bao-cao-2022.";
        }

        if (ReservedNames.Contains(cleaned))
        {
            return "Cleaned, it is a name reserved on Windows, which no page or folder may have: choose another word.";
        }

        return cleaned == value ? "Use lower-case letters a–z, digits and single hyphens." : $"Write it as '{cleaned}'.";
    }

    /// <summary>Null when the alias is a safe site-relative path, else why not. Aliases are written as "/vi/old-name/".</summary>
    public static string? ProblemWithAlias(string alias)
    {
        var decoded = Uri.UnescapeDataString(alias);
        if (decoded.Contains('\\') || decoded.Contains(':'))
        {
            return "it contains a backslash or a drive letter";
        }

        if (!decoded.StartsWith('/') || decoded.StartsWith("//", StringComparison.Ordinal))
        {
            return "it must be a path on this site starting with '/'";
        }

        var segments = decoded.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return "it is the site's root";
        }

        foreach (var segment in segments)
        {
            if (segment is "." or "..")
            {
                return "it contains '..' or '.'";
            }

            if (ReservedNames.Contains(Path.GetFileNameWithoutExtension(segment)))
            {
                return $"'{segment}' is a reserved file name on Windows";
            }

            if (!AliasSegmentPattern().IsMatch(segment))
            {
                return $"'{segment}' may only hold letters, digits, '-', '_' and '.'";
            }
        }

        return null;
    }

    /// <summary>"/vi/old/" → "vi/old/"; a file alias ("/old.html") keeps its name.</summary>
    public static string NormalizeAlias(string alias)
    {
        var path = Uri.UnescapeDataString(alias).Trim('/');
        return path.Contains('.') && !path.EndsWith('/') ? path : path + "/";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex AliasSegmentPattern();
}
