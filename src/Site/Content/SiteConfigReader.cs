using Site.Diagnostics;

namespace Site.Content;

/// <summary>Reads and validates site.yml; its absence is an error that shows a minimal example.</summary>
public static class SiteConfigReader
{
    private static readonly string[] Allowed = ["title", "description", "base_url", "languages", "allow_html", "contact", "licence", "preview_cards", "translations"];

    public const string MinimalExample = "title: { vi: \"Tên trang\", en: \"Site name\" }\nbase_url: \"https://owner.github.io/repo/\"\nlanguages: [vi, en]";

    public static SiteConfig? Read(SourceFile? file, string expectedPath, DiagnosticBag diagnostics)
    {
        if (file is null)
        {
            diagnostics.Error(DiagnosticCodes.SiteConfigMissing, expectedPath, SourcePosition.Start,
                "site.yml is missing", $"Create it with at least:\n{MinimalExample}");
            return null;
        }

        var mapping = YamlDocumentReader.ReadMapping(file.Text, file.DisplayPath, 0, diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var fields = new YamlFields(mapping, file.DisplayPath, 0, diagnostics);
        fields.RejectUnknownKeys(Allowed, "site.yml");
        var title = fields.Localized("title", required: true) ?? LocalizedText.Empty;
        var languages = fields.StringList("languages");
        if (languages.Count == 0)
        {
            // No language is assumed: the generator does not know which one a site is written in.
            diagnostics.Error(DiagnosticCodes.MissingKey, file.DisplayPath, fields.PositionOf("languages"),
                "site.yml does not list the site's languages", $"Add the language codes, the source language first, as in:\n{MinimalExample}");
            return null;
        }

        foreach (var language in languages.Where(l => l.Length is < 2 or > 3 || !l.All(char.IsAsciiLetterLower)))
        {
            diagnostics.Error(DiagnosticCodes.WrongType, file.DisplayPath, fields.PositionOf("languages"),
                $"'{language}' is not a language code", "Use two-letter codes such as vi and en.");
        }

        var baseUrl = fields.String("base_url") ?? "/";
        if (!baseUrl.StartsWith('/') && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            diagnostics.Error(DiagnosticCodes.WrongType, file.DisplayPath, fields.PositionOf("base_url"),
                $"base_url '{baseUrl}' is not an http(s) address or a path", "Write it like https://owner.github.io/repo/.");
            baseUrl = "/";
        }

        var translations = fields.String("translations") ?? "warn";
        if (translations is not ("warn" or "strict"))
        {
            diagnostics.Error(DiagnosticCodes.WrongType, file.DisplayPath, fields.PositionOf("translations"),
                $"translations '{translations}' is neither 'warn' nor 'strict'",
                "Write 'translations: strict' to let no --strict build publish with a missing or stale translation, or leave it out.");
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
            PreviewCards = fields.Bool("preview_cards") ?? true,
            StrictTranslations = translations == "strict",
            BaseUrlAt = fields.Has("base_url") ? fields.PositionOf("base_url") : SourcePosition.Start,
        };
    }
}
