using Site.Diagnostics;

namespace Site.Content;

/// <summary>
/// Reads and validates site.yml; its absence is an error that shows a minimal example. A missing or broken site.yml
/// is one error and the build goes on with the defaults, so that every page's own errors are reported in the same run.
/// </summary>
public static partial class SiteConfigReader
{
    private static readonly string[] Allowed = ["title", "description", "base_url", "languages", "allow_html", "contact", "publisher", "licence", "preview_cards", "translations"];

    public const string MinimalExample = "title: { vi: \"Tên trang\", en: \"Site name\" }\nbase_url: \"https://owner.github.io/repo/\"\nlanguages: [vi, en]";

    /// <param name="fallbackLanguages">
    /// The languages the input's files are written in, for when site.yml does not say (its error is reported): the build
    /// goes on with them only to report every page's own errors in the same run. None are assumed: with none, null.
    /// </param>
    public static SiteConfig? Read(SourceFile? file, string expectedPath, IReadOnlyList<string> fallbackLanguages, DiagnosticBag diagnostics)
    {
        if (file is null)
        {
            diagnostics.Error(DiagnosticCodes.SiteConfigMissing, expectedPath, SourcePosition.Start,
                $"site.yml is missing", $"Create it with at least:\n{MinimalExample}");
            return Defaults(fallbackLanguages);
        }

        var mapping = YamlDocumentReader.ReadMapping(file.Text, file.DisplayPath, 0, diagnostics);
        if (mapping is null)
        {
            // The one YAML error is reported; the languages line, if it survives, keeps the source language first, so
            // that no page's error is a side effect of guessing which language is the source.
            return Defaults(SalvagedLanguages(file.Text) ?? fallbackLanguages);
        }

        var fields = new YamlFields(mapping, file.DisplayPath, 0, diagnostics);
        fields.RejectUnknownKeys(Allowed, $"site.yml");
        var title = fields.Localized("title", required: true) ?? LocalizedText.Empty;
        var languages = fields.StringList("languages");
        if (languages.Count == 0)
        {
            // No language is assumed: the generator does not know which one a site is written in.
            diagnostics.Error(DiagnosticCodes.MissingKey, file.DisplayPath, fields.PositionOf("languages"),
                $"site.yml does not list the site's languages", $"Add the language codes, the source language first, as in:\n{MinimalExample}");
            return Defaults(fallbackLanguages);
        }

        foreach (var language in languages.Where(l => !IsLanguageCode(l)))
        {
            diagnostics.Error(DiagnosticCodes.WrongType, file.DisplayPath, fields.PositionOf("languages"),
                $"'{language}' is not a language code", $"Use two-letter codes such as vi and en.");
        }

        // A language code names folders and files (i18n/<code>.yml, /<code>/): only valid codes go on, once each.
        languages = languages.Where(IsLanguageCode).Distinct(StringComparer.Ordinal).ToList();
        if (languages.Count == 0)
        {
            return Defaults(fallbackLanguages);
        }

        var baseUrl = fields.String("base_url") ?? "/";
        if (ProblemWithBaseUrl(baseUrl) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, file.DisplayPath, fields.PositionOf("base_url"), $"base_url {problem}", BaseUrlHint);
            baseUrl = "/";
        }

        var translations = fields.String("translations") ?? "warn";
        if (translations is not ("warn" or "strict"))
        {
            diagnostics.Error(DiagnosticCodes.WrongType, file.DisplayPath, fields.PositionOf("translations"),
                $"translations '{translations}' is neither 'warn' nor 'strict'",
                $"Write 'translations: strict' to let no --strict build publish with a missing or stale translation, or leave it out.");
        }

        return new SiteConfig(
            title,
            fields.Localized("description") ?? LocalizedText.Empty,
            baseUrl,
            languages,
            fields.Bool("allow_html") ?? false,
            fields.String("contact"),
            fields.Localized("licence") ?? LocalizedText.Empty)
        {
            Publisher = fields.Localized("publisher") ?? LocalizedText.Empty,
            PreviewCards = fields.Bool("preview_cards") ?? true,
            StrictTranslations = translations == "strict",
            BaseUrlAt = fields.Has("base_url") ? fields.PositionOf("base_url") : SourcePosition.Start,
        };
    }

    public static Translatable BaseUrlHint => $"Write it like https://owner.github.io/repo/.";

    /// <summary>Null when <paramref name="baseUrl"/> (from site.yml or --base-url) is an http(s) address or a path, else why not.</summary>
    public static Translatable? ProblemWithBaseUrl(string baseUrl)
    {
        if (!(baseUrl.StartsWith('/') && !baseUrl.StartsWith("//", StringComparison.Ordinal)) && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return $"'{baseUrl}' is not an http(s) address or a path";
        }

        if (baseUrl.Any(c => char.IsControl(c) || c is '"' or '<' or '>' or '\\' or ' '))
        {
            return $"'{baseUrl}' holds a character an address cannot hold";
        }

        return null;
    }

    /// <summary>What the build goes on with when site.yml cannot be read (its error is reported).</summary>
    private static SiteConfig? Defaults(IReadOnlyList<string> languages) =>
        languages.Count == 0 ? null : new(LocalizedText.Empty, LocalizedText.Empty, "/", languages, false, null, LocalizedText.Empty) { IsFallback = true };

    /// <summary>The codes of a `languages: [a, b]` line of a site.yml that YAML cannot read as a whole, when that line is intact.</summary>
    private static IReadOnlyList<string>? SalvagedLanguages(string text) =>
        LanguagesLine().Match(text) is { Success: true } line
        && line.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries) is var codes
        && codes.Length > 0 && codes.All(IsLanguageCode)
            ? codes
            : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^languages:[ \t]*\[([^\]\n]*)\][ \t]*(#.*)?$")]
    private static partial System.Text.RegularExpressions.Regex LanguagesLine();

    private static bool IsLanguageCode(string code) => code.Length is >= 2 and <= 3 && code.All(char.IsAsciiLetterLower);
}
