using System.Text.RegularExpressions;
using Site.Diagnostics;

namespace Site.Content;

/// <summary>Writes `source_hash` into a translation's front matter: "this translation renders that version of its source".</summary>
public static partial class TranslationMarker
{
    public static string Mark(string translationPath)
    {
        var full = Path.GetFullPath(translationPath);
        var languages = SiteLanguages.Of(full);
        var name = Path.GetFileName(full);
        var match = LanguageSuffix().Match(name);
        if (!match.Success || match.Groups[2].Value == languages[0])
        {
            throw new InvalidOperationException($"'{name}' is not a translation (expected name.LANG.md with a language other than {languages[0]})");
        }

        var sourcePath = Path.Combine(Path.GetDirectoryName(full)!, $"{match.Groups[1].Value}.{languages[0]}.md");
        if (!File.Exists(sourcePath))
        {
            throw new InvalidOperationException($"its source {Path.GetFileName(sourcePath)} does not exist");
        }

        var hash = TranslationFreshness.Hash(Text.TextNormalizer.Normalize(File.ReadAllText(sourcePath)));
        var text = Text.TextNormalizer.Normalize(File.ReadAllText(full));
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the file has no front matter");
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidOperationException("the front matter is never closed");
        }

        var frontMatter = text[4..end];
        var line = $"source_hash: \"{hash}\"";
        frontMatter = SourceHashLine().IsMatch(frontMatter) ? SourceHashLine().Replace(frontMatter, line) : frontMatter.TrimEnd('\n') + "\n" + line;
        File.WriteAllText(full, "---\n" + frontMatter + text[end..]);
        return hash;
    }

    [GeneratedRegex(@"^(.+)\.([a-z]{2,3})\.md$")]
    private static partial Regex LanguageSuffix();

    [GeneratedRegex(@"(?m)^source_hash:.*$")]
    private static partial Regex SourceHashLine();
}
