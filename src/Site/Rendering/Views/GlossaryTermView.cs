namespace Site.Rendering.Views;

/// <summary>A glossary entry in the page's language, with its translations into the site's other languages.</summary>
public sealed record GlossaryTermView(string Id, string Term, IReadOnlyList<TranslationView> Translations, string Definition);
