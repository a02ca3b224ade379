using System.Text;
using System.Xml;
using Site.Diagnostics;
using Site.Output;
using Site.Linking;

namespace Site.Publishing;

/// <summary>sitemap.xml with language alternates, robots.txt, and an Atom feed per language. Dates come from the content, never the clock.</summary>
public static class SiteFiles
{
    public static IEnumerable<OutputFile> Create(SiteModel model)
    {
        yield return OutputFile.Text("sitemap.xml", Sitemap(model));
        yield return OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {model.Urls.Absolute("sitemap.xml")}\n");
        foreach (var language in model.Languages)
        {
            yield return OutputFile.Text($"{language}/feed.xml", Feed(model, language));
        }
    }

    /// <summary>The date a page's content belongs to: its edition's date (YYYY-MM becomes the first of the month).</summary>
    public static string LastModified(SiteModel model, LinkedPage page)
    {
        var edition = model.Edition(page.EditionId) ?? model.Latest;
        var date = edition?.Date ?? "1970-01-01";
        return date.Length == 7 ? date + "-01" : date;
    }

    private static string Sitemap(SiteModel model)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        foreach (var page in model.Pages.OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            xml.Append("  <url>\n    <loc>").Append(X(model.Urls.Absolute(page.Url))).Append("</loc>\n");
            xml.Append("    <lastmod>").Append(LastModified(model, page)).Append("</lastmod>\n");
            foreach (var version in model.Languages.Select(l => model.Find(page.Key, l)).OfType<LinkedPage>())
            {
                xml.Append("    <xhtml:link rel=\"alternate\" hreflang=\"").Append(version.Language).Append("\" href=\"").Append(X(model.Urls.Absolute(version.Url))).Append("\"/>\n");
            }

            if (model.Find(page.Key, model.Content.Config.DefaultLanguage) is { } source)
            {
                xml.Append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"").Append(X(model.Urls.Absolute(source.Url))).Append("\"/>\n");
            }

            xml.Append("  </url>\n");
        }

        return xml.Append("</urlset>\n").ToString();
    }

    private static string Feed(SiteModel model, string language)
    {
        var config = model.Content.Config;
        var entries = model.Pages
            .Where(p => p.Language == language && p.Kind is OutputKind.EditionHome or OutputKind.Story)
            .OrderByDescending(p => LastModified(model, p), StringComparer.Ordinal)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
        var updated = entries.Select(p => LastModified(model, p)).DefaultIfEmpty("1970-01-01").Max(StringComparer.Ordinal);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").Append(language).Append("\">\n");
        xml.Append("  <title>").Append(X(config.Title.Get(language))).Append("</title>\n");
        xml.Append("  <id>").Append(X(model.Urls.Absolute($"{language}/feed.xml"))).Append("</id>\n");
        xml.Append("  <link rel=\"self\" href=\"").Append(X(model.Urls.Absolute($"{language}/feed.xml"))).Append("\"/>\n");
        xml.Append("  <link rel=\"alternate\" href=\"").Append(X(model.Urls.Absolute(model.Urls.Home(language)))).Append("\"/>\n");
        xml.Append("  <updated>").Append(updated).Append("T00:00:00Z</updated>\n");
        xml.Append("  <author><name>").Append(X(model.Latest?.Issuer.Get(language) ?? config.Title.Get(language))).Append("</name></author>\n");
        foreach (var page in entries)
        {
            var url = model.Urls.Absolute(page.Url);
            xml.Append("  <entry>\n    <title>").Append(X(page.Title)).Append("</title>\n");
            xml.Append("    <id>").Append(X(url)).Append("</id>\n    <link href=\"").Append(X(url)).Append("\"/>\n");
            xml.Append("    <updated>").Append(LastModified(model, page)).Append("T00:00:00Z</updated>\n");
            xml.Append("    <summary>").Append(X(page.Summary)).Append("</summary>\n  </entry>\n");
        }

        return xml.Append("</feed>\n").ToString();
    }

    /// <summary>
    /// Text escaped for XML, in an element or an attribute alike (quotes too: a URL goes in href="…"); a character XML
    /// cannot hold is left out rather than failing the feed (the input's are already removed, with a warning).
    /// </summary>
    internal static string X(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&apos;"),
                _ when XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) => builder.Append(c),
                _ => builder,
            };
        }

        return builder.ToString();
    }
}
