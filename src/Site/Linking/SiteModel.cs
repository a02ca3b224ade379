using Site.Content;
using Site.Data;
using Site.Loading;

namespace Site.Linking;

/// <summary>The whole site before rendering: every page placed, its translations and section known, each found by an index.</summary>
public sealed class SiteModel
{
    private readonly Dictionary<(PageKey Key, string Language), LinkedPage> _byKey;
    private readonly Dictionary<string, LinkedPage> _byUrl;
    private readonly Dictionary<string, List<LinkedPage>> _sections;
    private readonly Dictionary<string, Edition> _editions;
    private readonly Dictionary<string, List<AwardTable>> _tables;

    public SiteModel(ContentSet content, UrlScheme urls, IReadOnlyList<LinkedPage> pages, Edition? latest)
    {
        Content = content;
        Urls = urls;
        Pages = pages;
        Latest = latest;
        _byKey = pages.GroupBy(p => (p.Key, p.Language)).ToDictionary(g => g.Key, g => g.First());
        _byUrl = new Dictionary<string, LinkedPage>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            _byUrl.TryAdd(page.Url, page);
        }

        _sections = pages
            .Where(p => p.Kind is OutputKind.Chapter or OutputKind.Movement or OutputKind.Story or OutputKind.Appendix or OutputKind.SitePage)
            .GroupBy(p => SectionKey(p.Language, p.EditionId, p.Section))
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p, PageOrder.Instance).ToList());
        _editions = content.Editions.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _tables = content.Tables.GroupBy(t => t.EditionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public ContentSet Content { get; }

    public UrlScheme Urls { get; }

    public IReadOnlyList<LinkedPage> Pages { get; }

    /// <summary>The newest published edition: the front pages and "latest" links point to it.</summary>
    public Edition? Latest { get; }

    public IReadOnlyList<string> Languages => Content.Config.Languages;

    public LinkedPage? Find(PageKey key, string language) => _byKey.GetValueOrDefault((key, language));

    /// <summary>The page published at a site-relative URL ("vi/2022-05/phong-trao/y-te/"), not counting aliases.</summary>
    public LinkedPage? AtUrl(string url) => _byUrl.GetValueOrDefault(url);

    public IReadOnlyList<LinkedPage> Translations(LinkedPage page) =>
        Languages.Select(l => Find(page.Key, l)).Where(p => p is not null && p.Language != page.Language).Select(p => p!).ToList();

    /// <summary>The ordered pages of a section in one language ("report", "movements", …; "" for site pages).</summary>
    public IReadOnlyList<LinkedPage> Section(string language, string? edition, string section) =>
        _sections.GetValueOrDefault(SectionKey(language, edition, section)) ?? [];

    public Edition? Edition(string? id) => id is null ? null : _editions.GetValueOrDefault(id);

    /// <summary>The published appendix tables of an edition, in the order they were read.</summary>
    public IReadOnlyList<AwardTable> Tables(string? edition) => edition is null ? [] : _tables.GetValueOrDefault(edition) ?? [];

    private static string SectionKey(string language, string? edition, string section) => $"{language}|{edition}|{section}";
}
