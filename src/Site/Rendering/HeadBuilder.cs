using System.Text;
using System.Text.Json;
using Site.Linking;
using Site.Output;

namespace Site.Rendering;

/// <summary>
/// The metadata in a page's head that search engines and social networks read: canonical, hreflang alternates
/// with x-default, Open Graph, Twitter card, JSON-LD.
/// </summary>
public static class HeadBuilder
{
    private static readonly SiteJsonContext Json = SiteJsonContext.With(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false });

    public static string Build(SiteModel model, LinkedPage page, string? previewImage)
    {
        var urls = model.Urls;
        var html = new StringBuilder();
        var canonical = urls.Absolute(page.Url);
        html.Append("<link rel=\"canonical\" href=\"").Append(E(canonical)).Append("\">\n");
        var versions = model.Languages.Select(l => model.Find(page.Key, l)).Where(p => p is not null).Select(p => p!).ToList();
        foreach (var version in versions)
        {
            html.Append("<link rel=\"alternate\" hreflang=\"").Append(version.Language).Append("\" href=\"").Append(E(urls.Absolute(version.Url))).Append("\">\n");
        }

        var defaultVersion = versions.FirstOrDefault(v => v.Language == model.Content.Config.DefaultLanguage) ?? page;
        html.Append("<link rel=\"alternate\" hreflang=\"x-default\" href=\"").Append(E(urls.Absolute(defaultVersion.Url))).Append("\">\n");
        foreach (var language in model.Languages)
        {
            html.Append("<link rel=\"alternate\" type=\"application/atom+xml\" hreflang=\"").Append(language).Append("\" href=\"")
                .Append(E(urls.Link(page.Url, $"{language}/feed.xml"))).Append("\" title=\"").Append(E(model.Content.Config.Title.Get(language))).Append("\">\n");
        }

        var siteName = model.Content.Config.Title.Get(page.Language);
        var isArticle = page.Kind is OutputKind.Story or OutputKind.Movement or OutputKind.Chapter;
        Meta(html, "property", "og:type", isArticle ? "article" : "website");
        Meta(html, "property", "og:title", page.Title);
        Meta(html, "property", "og:description", page.Summary);
        Meta(html, "property", "og:url", canonical);
        Meta(html, "property", "og:site_name", siteName);
        Meta(html, "property", "og:locale", page.Language == "vi" ? "vi_VN" : "en_GB");
        Meta(html, "name", "twitter:card", previewImage is null ? "summary" : "summary_large_image");
        Meta(html, "name", "twitter:title", page.Title);
        Meta(html, "name", "twitter:description", page.Summary);
        if (previewImage is not null)
        {
            Meta(html, "property", "og:image", urls.Absolute(previewImage));
            Meta(html, "property", "og:image:width", "1200");
            Meta(html, "property", "og:image:height", "630");
            Meta(html, "name", "twitter:image", urls.Absolute(previewImage));
        }

        // Every '<' is escaped, not only "</": a title holding "<!--<script>" would otherwise swallow the rest of the page.
        html.Append("<script type=\"application/ld+json\">").Append(JsonLd(model, page, canonical).Replace("<", "\\u003c", StringComparison.Ordinal)).Append("</script>\n");
        return html.ToString();
    }

    private static string JsonLd(SiteModel model, LinkedPage page, string canonical)
    {
        var edition = model.Edition(page.EditionId);
        var organization = edition is null ? null : new Dictionary<string, object>
        {
            ["@type"] = "GovernmentOrganization",
            ["name"] = edition.Issuer.Get(page.Language),
        };
        var graph = new List<object>();
        var type = page.Kind switch
        {
            OutputKind.EditionHome or OutputKind.Home when edition is not null || model.Latest is not null => "Report",
            OutputKind.Story or OutputKind.Movement or OutputKind.Chapter => "Article",
            _ => "WebPage",
        };
        var main = new Dictionary<string, object>
        {
            ["@type"] = type,
            ["name"] = page.Title,
            ["headline"] = page.Title,
            ["description"] = page.Summary,
            ["inLanguage"] = page.Language,
            ["url"] = canonical,
        };
        var reportEdition = edition ?? (page.Kind == OutputKind.Home ? model.Latest : null);
        if (reportEdition is not null)
        {
            main["datePublished"] = reportEdition.Date;
            main["publisher"] = new Dictionary<string, object> { ["@type"] = "GovernmentOrganization", ["name"] = reportEdition.Issuer.Get(page.Language) };
            if (organization is not null)
            {
                main["author"] = organization;
            }
        }

        graph.Add(main);
        graph.Add(new Dictionary<string, object>
        {
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = Breadcrumbs.For(model, page).Select((c, i) => new Dictionary<string, object>
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = c.Title,
                ["item"] = model.Urls.Absolute(c.Url),
            }).ToList(),
        });
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["@context"] = "https://schema.org", ["@graph"] = graph }, Json.DictionaryStringObject);
    }

    private static void Meta(StringBuilder html, string attribute, string name, string content) =>
        html.Append("<meta ").Append(attribute).Append("=\"").Append(name).Append("\" content=\"").Append(E(content)).Append("\">\n");

    private static string E(string text) => ThemeTemplates.Encoder.Encode(text);
}
