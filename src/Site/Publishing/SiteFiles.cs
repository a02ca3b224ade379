using System.Text;
using System.Xml;
using Site.Diagnostics;
using Site.Output;
using Site.Linking;

namespace Site.Publishing;

/// <summary>sitemap.xml with language alternates, robots.txt, and an RSS feed per language. Dates come from the content, never the clock, at its precision.</summary>
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

    /// <summary>
    /// The date a page's content belongs to: its edition's date, at the precision the edition gives it ("2022-05" when
    /// the day is blank in the original). The sitemap's W3C Datetime and Dublin Core's date both allow a month.
    /// </summary>
    public static string LastModified(SiteModel model, LinkedPage page) =>
        (model.Edition(page.EditionId) ?? model.Latest)?.IssuedOn.ToString() ?? string.Empty;

    private static string Sitemap(SiteModel model)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        foreach (var page in model.Pages.OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            xml.Append("  <url>\n    <loc>").Append(X(model.Urls.Absolute(page.Url))).Append("</loc>\n");
            if (LastModified(model, page) is { Length: > 0 } lastModified)
            {
                xml.Append("    <lastmod>").Append(lastModified).Append("</lastmod>\n");
            }

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

    /// <summary>
    /// RSS 2.0 rather than Atom: Atom requires a full timestamp on every entry, and a report dated "tháng 5/2022" has
    /// no day to give. RSS needs no date; each item carries the edition's as Dublin Core writes it, at its precision.
    /// </summary>
    private static string Feed(SiteModel model, string language)
    {
        var config = model.Content.Config;
        var entries = model.Pages
            .Where(p => p.Language == language && p.Kind is OutputKind.EditionHome or OutputKind.Story)
            .OrderByDescending(p => LastModified(model, p), StringComparer.Ordinal)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
        var self = model.Urls.Absolute($"{language}/feed.xml");
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n");
        xml.Append("  <title>").Append(X(config.Title.Get(language))).Append("</title>\n");
        xml.Append("  <link>").Append(X(model.Urls.Absolute(model.Urls.Home(language)))).Append("</link>\n");
        xml.Append("  <description>").Append(X(config.Description.Get(language) is { Length: > 0 } description ? description : config.Title.Get(language))).Append("</description>\n");
        xml.Append("  <language>").Append(X(language)).Append("</language>\n");
        xml.Append("  <atom:link rel=\"self\" type=\"application/rss+xml\" href=\"").Append(X(self)).Append("\"/>\n");
        if (model.Latest is { } latest)
        {
            xml.Append("  <dc:creator>").Append(X(latest.Issuer.Get(language))).Append("</dc:creator>\n");
            xml.Append("  <dc:date>").Append(latest.IssuedOn.ToString()).Append("</dc:date>\n");
        }

        foreach (var page in entries)
        {
            var url = model.Urls.Absolute(page.Url);
            xml.Append("  <item>\n    <title>").Append(X(page.Title)).Append("</title>\n");
            xml.Append("    <link>").Append(X(url)).Append("</link>\n    <guid isPermaLink=\"true\">").Append(X(url)).Append("</guid>\n");
            xml.Append("    <description>").Append(X(page.Summary)).Append("</description>\n");
            if (LastModified(model, page) is { Length: > 0 } date)
            {
                xml.Append("    <dc:date>").Append(date).Append("</dc:date>\n");
            }

            xml.Append("  </item>\n");
        }

        return xml.Append("</channel>\n</rss>\n").ToString();
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
