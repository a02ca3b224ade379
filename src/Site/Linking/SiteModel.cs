using Site.Content;
using Site.Data;
using Site.Loading;

namespace Site.Linking;

/// <summary>
/// The whole site before rendering: every page placed, its translations and section known. Every look-up a page
/// makes goes through an index built here once, so that rendering a page costs the same in a site of any size.
/// </summary>
public sealed class SiteModel
{
    private readonly Dictionary<(PageKey Key, string Language), LinkedPage> _byKey;
    private readonly Dictionary<string, LinkedPage> _byUrl;
    private readonly Dictionary<string, List<LinkedPage>> _sections;
    private readonly Dictionary<string, Edition> _editions;
    private readonly Dictionary<string, List<AwardTable>> _tables;
    private readonly Dictionary<(PageKey Key, string Language), int> _positions;
    private readonly ILookup<(string Language, string? Edition, string? Movement), LinkedPage> _stories;

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
        _positions = [];
        foreach (var section in _sections.Values)
        {
            for (var index = 0; index < section.Count; index++)
            {
                _positions.TryAdd((section[index].Key, section[index].Language), index);
            }
        }

        _stories = StoriesIn(_sections);
    }

    private static ILookup<(string Language, string? Edition, string? Movement), LinkedPage> StoriesIn(Dictionary<string, List<LinkedPage>> sections) =>
        sections.Values.SelectMany(section => section)
            .Where(p => p.Kind == OutputKind.Story)
            .ToLookup(p => (p.Language, p.EditionId, p.Source?.Meta.Movement));

    private SiteModel(SiteModel model, ContentSet content, IReadOnlyDictionary<LinkedPage, LinkedPage> replaced)
    {
        Content = content;
        Urls = model.Urls;
        Latest = model.Latest;
        Pages = model.Pages.Select(p => replaced.GetValueOrDefault(p) ?? p).ToList();
        _byKey = new(model._byKey);
        _byUrl = new(model._byUrl, StringComparer.Ordinal);
        _sections = new(model._sections, StringComparer.Ordinal);
        _editions = model._editions;
        _tables = model._tables;
        _positions = model._positions;
        foreach (var (old, now) in replaced)
        {
            if (ReferenceEquals(model._byKey.GetValueOrDefault((old.Key, old.Language)), old))
            {
                _byKey[(now.Key, now.Language)] = now;
            }

            if (ReferenceEquals(model._byUrl.GetValueOrDefault(old.Url), old))
            {
                _byUrl[now.Url] = now;
            }

            var section = SectionKey(old.Language, old.EditionId, old.Section);
            if (_sections.TryGetValue(section, out var pages) && pages.FindIndex(p => ReferenceEquals(p, old)) is var index and >= 0)
            {
                if (ReferenceEquals(pages, model._sections[section]))
                {
                    _sections[section] = pages = [.. pages];
                }

                pages[index] = now;
            }
        }

        _stories = replaced.Keys.Any(p => p.Kind == OutputKind.Story) ? StoriesIn(_sections) : model._stories;
    }

    /// <summary>
    /// This site with the pages of <paramref name="replaced"/> (old record → new) in the place of the old ones, which
    /// must be the same pages in the same places (key, language, kind, address, section, order; `serve` after a body
    /// edit), and <paramref name="content"/> for this site's: the indexes are copied and patched, not built again
    /// (building them took 40 ms of an edit at 10,000 pages).
    /// </summary>
    public SiteModel WithPages(ContentSet content, IReadOnlyDictionary<LinkedPage, LinkedPage> replaced) => new(this, content, replaced);

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

    /// <summary>The pages before and after <paramref name="page"/> in its section, if any.</summary>
    public (LinkedPage? Previous, LinkedPage? Next) Neighbours(LinkedPage page)
    {
        if (!_positions.TryGetValue((page.Key, page.Language), out var index))
        {
            return (null, null);
        }

        var section = Section(page.Language, page.EditionId, page.Section);
        return (index > 0 ? section[index - 1] : null, index < section.Count - 1 ? section[index + 1] : null);
    }

    /// <summary>The exemplary models (stories) that name <paramref name="movement"/>'s page as their movement, in section order.</summary>
    public IEnumerable<LinkedPage> StoriesOf(LinkedPage movement) =>
        movement.Source is null ? [] : _stories[(movement.Language, movement.EditionId, movement.Source.Stem)];

    public Edition? Edition(string? id) => id is null ? null : _editions.GetValueOrDefault(id);

    /// <summary>The published appendix tables of an edition, in the order they were read.</summary>
    public IReadOnlyList<AwardTable> Tables(string? edition) => edition is null ? [] : _tables.GetValueOrDefault(edition) ?? [];

    private static string SectionKey(string language, string? edition, string section) => $"{language}|{edition}|{section}";
}
