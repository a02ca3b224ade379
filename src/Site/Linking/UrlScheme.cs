using Site.Content;
using Site.Text;

namespace Site.Linking;

/// <summary>
/// Every address of the site is made here and nowhere else: `{lang}/{edition}/{section}/{slug}/`, site-relative
/// (no leading slash), so that one base path serves every link.
/// </summary>
public sealed class UrlScheme
{
    private readonly SiteConfig _config;
    private readonly IReadOnlyDictionary<string, InterfaceStrings> _strings;

    // Parsed from the base URL once: every link and absolute address of every page starts with one of them.
    private readonly string _basePath;
    private readonly string _origin;

    public UrlScheme(SiteConfig config, IReadOnlyDictionary<string, InterfaceStrings> strings)
    {
        _config = config;
        _strings = strings;
        _basePath = config.BasePath;
        _origin = config.Origin;
    }

    /// <summary>The default language's home is the root itself (the x-default), not a redirect.</summary>
    public string Home(string language) => language == _config.DefaultLanguage ? string.Empty : $"{language}/";

    public string EditionHome(string language, string edition) => $"{language}/{edition}/";

    public string Section(string language, string edition, string section) => $"{language}/{edition}/{SectionSlug(language, section)}/";

    public string Page(PageSource page)
    {
        var slug = page.Meta.Slug ?? Slugifier.Slugify(page.Stem);
        return page.Kind switch
        {
            PageKind.EditionHome => EditionHome(page.Language, page.EditionId!),
            PageKind.SectionIndex => Section(page.Language, page.EditionId!, page.Section),
            PageKind.SitePage => $"{page.Language}/{slug}/",
            PageKind.Summary => Section(page.Language, page.EditionId!, page.Section),
            _ => $"{Section(page.Language, page.EditionId!, page.Section)}{slug}/",
        };
    }

    public string Appendix(string language, string edition, string number) => $"{Section(language, edition, "appendices")}{Slugifier.Slugify(number)}/";

    public string Special(string language, string name) => $"{language}/{SectionSlug(language, name)}/";

    /// <summary>
    /// A link from one page to another. Relative ("../covid-19/"), so that the site works under any base path and
    /// host without being rebuilt; absolute under the base path when <paramref name="fromUrl"/> is null (the 404 page,
    /// which a host serves at any address).
    /// </summary>
    public string Link(string? fromUrl, string toUrl)
    {
        if (fromUrl is null)
        {
            return Href(toUrl);
        }

        var fromDirectory = fromUrl[..(fromUrl.LastIndexOf('/') + 1)].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = toUrl.Split('/');
        var common = 0;
        while (common < fromDirectory.Length && common < toParts.Length - 1 && fromDirectory[common] == toParts[common])
        {
            common++;
        }

        var relative = string.Concat(Enumerable.Repeat("../", fromDirectory.Length - common)) + string.Join('/', toParts[common..]);
        return relative.Length == 0 ? "./" : relative;
    }

    /// <summary>An href for a site-relative URL under the base path: "/repo/vi/…".</summary>
    public string Href(string url) => _basePath + url;

    /// <summary>The full address, for canonical links, feeds and social cards.</summary>
    public string Absolute(string url) => _origin + Href(url);

    /// <summary>The file a URL is written to inside the output folder.</summary>
    public static string OutputFile(string url) => url.Length == 0 || url.EndsWith('/') ? url + "index.html" : url;

    private string SectionSlug(string language, string section) =>
        _strings.TryGetValue(language, out var strings) && strings.Values.TryGetValue($"slug_{section}", out var slug) && slug.Length > 0
            ? slug
            : section;
}
