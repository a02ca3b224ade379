using Site.Content;
using Site.Loading;

namespace Site.Linking;

/// <summary>The whole site before rendering: every page placed, its translations and section known.</summary>
public sealed class SiteModel
{
    private readonly Dictionary<(string Key, string Language), LinkedPage> _byKey;
    private readonly Dictionary<string, List<LinkedPage>> _sections;

    public SiteModel(ContentSet content, UrlScheme urls, IReadOnlyList<LinkedPage> pages, Edition? latest)
    {
        Content = content;
        Urls = urls;
        Pages = pages;
        Latest = latest;
        _byKey = pages.GroupBy(p => (p.Key, p.Language)).ToDictionary(g => g.Key, g => g.First());
        _sections = pages
            .Where(p => p.Kind is OutputKind.Chapter or OutputKind.Movement or OutputKind.Story or OutputKind.Appendix or OutputKind.SitePage)
            .GroupBy(p => SectionKey(p.Language, p.EditionId, p.Section))
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p, PageOrder.Instance).ToList());
    }

    public ContentSet Content { get; }

    public UrlScheme Urls { get; }

    public IReadOnlyList<LinkedPage> Pages { get; }

    /// <summary>The newest published edition: the front pages and "latest" links point to it.</summary>
    public Edition? Latest { get; }

    public IReadOnlyList<string> Languages => Content.Config.Languages;

    public LinkedPage? Find(string key, string language) => _byKey.GetValueOrDefault((key, language));

    public IReadOnlyList<LinkedPage> Translations(LinkedPage page) =>
        Languages.Select(l => Find(page.Key, l)).Where(p => p is not null && p.Language != page.Language).Select(p => p!).ToList();

    /// <summary>The ordered pages of a section in one language ("report", "movements", …; "" for site pages).</summary>
    public IReadOnlyList<LinkedPage> Section(string language, string? edition, string section) =>
        _sections.GetValueOrDefault(SectionKey(language, edition, section)) ?? [];

    public Edition? Edition(string? id) => Content.Editions.FirstOrDefault(e => e.Id == id);

    private static string SectionKey(string language, string? edition, string section) => $"{language}|{edition}|{section}";
}
