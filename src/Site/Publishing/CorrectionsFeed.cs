using System.Text;
using Site.Content;
using Site.Linking;
using Site.Output;

namespace Site.Publishing;

/// <summary>
/// An Atom feed of each edition's corrections and notices, per language ({lang}/{edition}/…/feed.xml beside the
/// corrections page), so that whoever quoted a figure learns when it changed. Dates are the entries' own.
/// </summary>
public static class CorrectionsFeed
{
    public static IEnumerable<OutputFile> Create(SiteModel model) =>
        model.Pages.Where(p => p.Kind == OutputKind.Corrections).Select(page => OutputFile.Text(DownloadPaths.CorrectionsFeed(page), Feed(model, page)));

    private static string Feed(SiteModel model, LinkedPage page)
    {
        var language = page.Language;
        var t = model.Content.Strings[language];
        var edition = model.Edition(page.EditionId)!;
        var entries = model.Content.DataOf(edition.Id).Corrections;
        var self = model.Urls.Absolute(DownloadPaths.CorrectionsFeed(page));
        var updated = entries.Select(c => c.Date).DefaultIfEmpty(SiteFiles.LastModified(model, page)).Max(StringComparer.Ordinal);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").Append(X(t["locale"])).Append("\">\n");
        xml.Append("  <title>").Append(X($"{page.Title} · {edition.Title.Get(language)}")).Append("</title>\n");
        xml.Append("  <id>").Append(X(self)).Append("</id>\n");
        xml.Append("  <link rel=\"self\" href=\"").Append(X(self)).Append("\"/>\n");
        xml.Append("  <link rel=\"alternate\" href=\"").Append(X(model.Urls.Absolute(page.Url))).Append("\"/>\n");
        xml.Append("  <updated>").Append(updated).Append("T00:00:00Z</updated>\n");
        xml.Append("  <author><name>").Append(X(Publisher(model, language))).Append("</name></author>\n");
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var anchor = model.Urls.Absolute(page.Url) + "#" + CorrectionAnchors.Of(entry, entries);
            var target = entry.Page is null ? null : model.Find(PageKey.FromSourcePath($"editions/{edition.Id}/{entry.Page}"), language);
            xml.Append("  <entry>\n    <title>").Append(X($"{t[$"correction_kind_{entry.Kind}"]}: {target?.Title ?? edition.Title.Get(language)}")).Append("</title>\n");
            xml.Append("    <id>").Append(X(anchor)).Append("</id>\n    <link href=\"").Append(X(anchor)).Append("\"/>\n");
            xml.Append("    <updated>").Append(entry.Date).Append("T00:00:00Z</updated>\n");
            xml.Append("    <summary>").Append(X(entry.Text.Get(language))).Append("</summary>\n  </entry>\n");
        }

        return xml.Append("</feed>\n").ToString();
    }

    /// <summary>Who publishes the site, else its title.</summary>
    public static string Publisher(SiteModel model, string language) =>
        model.Content.Config.Publisher.Has(language) ? model.Content.Config.Publisher.Get(language) : model.Content.Config.Title.Get(language);

    private static string X(string text) => SiteFiles.X(text);
}
