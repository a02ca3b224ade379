namespace Site.Rendering.Views;

/// <summary>
/// What search engines and social networks read in a page's head: the page's versions in every language, the
/// feeds, Open Graph facts, the preview image, and JSON-LD already serialised as data (the template escapes it).
/// </summary>
public sealed record HeadView(
    IReadOnlyList<AlternateView> Versions,
    string DefaultVersionUrl,
    IReadOnlyList<AlternateView> Feeds,
    string Type,
    string Locale,
    string Image,
    string JsonLd);
