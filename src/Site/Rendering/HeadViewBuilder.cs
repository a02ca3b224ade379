using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Linking;
using Site.Rendering.Views;

namespace Site.Rendering;

/// <summary>
/// The metadata of a page's head: hreflang alternates with x-default, feeds, Open Graph type and locale, the preview
/// image, and JSON-LD built as a JSON tree (no reflection) for the head partial to embed.
/// </summary>
public static class HeadViewBuilder
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    public static HeadView Build(SiteModel model, LinkedPage page, string? previewImage)
    {
        var urls = model.Urls;
        var versions = model.Languages.Select(l => model.Find(page.Key, l)).OfType<LinkedPage>().ToList();
        var defaultVersion = versions.FirstOrDefault(v => v.Language == model.Content.Config.DefaultLanguage) ?? page;
        return new HeadView(
            versions.Select(v => new AlternateView(v.Language, urls.Absolute(v.Url))).ToList(),
            urls.Absolute(defaultVersion.Url),
            model.Languages.Select(l => new AlternateView(l, urls.Link(page.Url, $"{l}/feed.xml"), model.Content.Config.Title.Get(l))).ToList(),
            page.Kind is OutputKind.Story or OutputKind.Movement or OutputKind.Chapter ? "article" : "website",
            model.Content.Strings[page.Language].OpenGraphLocale,
            previewImage is null ? string.Empty : urls.Absolute(previewImage),
            JsonLd(model, page).ToJsonString(Json));
    }

    private static JsonObject JsonLd(SiteModel model, LinkedPage page)
    {
        var edition = model.Edition(page.EditionId);
        var main = new JsonObject
        {
            ["@type"] = page.Kind switch
            {
                OutputKind.EditionHome or OutputKind.Home when edition is not null || model.Latest is not null => "Report",
                OutputKind.Story or OutputKind.Movement or OutputKind.Chapter => "Article",
                _ => "WebPage",
            },
            ["name"] = page.Title,
            ["headline"] = page.Title,
            ["description"] = page.Summary,
            ["inLanguage"] = page.Language,
            ["url"] = model.Urls.Absolute(page.Url),
        };
        var reportEdition = edition ?? (page.Kind == OutputKind.Home ? model.Latest : null);
        if (reportEdition is not null)
        {
            main["datePublished"] = reportEdition.Date;
            main["publisher"] = Organization(reportEdition.Issuer.Get(page.Language));
            if (edition is not null)
            {
                main["author"] = Organization(edition.Issuer.Get(page.Language));
            }
        }

        var trail = new JsonArray();
        foreach (var (crumb, index) in Breadcrumbs.For(model, page).Select((c, i) => (c, i)))
        {
            trail.Add((JsonNode)new JsonObject { ["@type"] = "ListItem", ["position"] = index + 1, ["name"] = crumb.Title, ["item"] = model.Urls.Absolute(crumb.Url) });
        }

        var graph = new JsonArray(main, new JsonObject { ["@type"] = "BreadcrumbList", ["itemListElement"] = trail });
        if (DatasetJsonLd.For(model, page) is { } dataset)
        {
            graph.Add((JsonNode)dataset);
        }

        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@graph"] = graph,
        };
    }

    private static JsonObject Organization(string name) => new() { ["@type"] = "GovernmentOrganization", ["name"] = name };
}
