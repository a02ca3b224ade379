using Site.Content;
using Site.Data;
using Site.Linking;
using Site.Rendering.Views;

namespace Site.Rendering;

/// <summary>
/// The press page's facts. A fact of a table cell takes its figure from the table as published (in the reader's
/// number format), its caveats from the table's audit and uncertain readings (the same sentences as the appendix
/// page) and its permanent link to that cell; the period is the fact's own, else the edition's.
/// </summary>
public static class PressViewBuilder
{
    public static IReadOnlyList<PressFactView> Build(SiteModel model, LinkedPage page, InterfaceStrings t, Func<string, string> link) =>
        model.Content.DataOf(page.EditionId!).Facts.Select(fact => Fact(model, model.Edition(page.EditionId)!, fact, page.Language, t, link)).ToList();

    private static PressFactView Fact(SiteModel model, Edition edition, PressFact fact, string language, InterfaceStrings t, Func<string, string> link)
    {
        var caveats = new List<string>();
        var figure = string.Empty;
        var where = string.Empty;
        var flagged = false;
        string target;
        if (PressFacts.CellOf(model, edition.Id, fact) is (var table, var row, var column, var value))
        {
            figure = t.Numbers.Format(value);
            var findings = table.FindingsAt(row.Id, column.Id).ToList();
            var readings = row.Uncertain.Where(u => u.IsWholeRow || u.Columns.Contains(column.Id)).ToList();
            flagged = findings.Count > 0 || readings.Count > 0;
            caveats.AddRange(findings.Select(f => FindingSentence.For(table, f, t)));
            caveats.AddRange(readings.Select(r => ReadingSentence.For(table, row, r, t)));
            where = $"{t["appendix"]} {table.Number} · {row.Label.Get(language)} · {column.Name(language)}";
            var appendix = model.Find(PageKey.Appendix(edition.Id, table.Number), language);
            target = (appendix?.Url ?? model.Urls.EditionHome(language, edition.Id)) + $"#cell-{Text.Slugifier.Slugify(row.Id)}-{column.Id}";
        }
        else
        {
            var page = fact.Page is null ? null : model.Find(PageKey.FromSourcePath($"editions/{edition.Id}/{fact.Page}"), language);
            where = page?.Title ?? string.Empty;
            target = page?.Url ?? model.Urls.EditionHome(language, edition.Id);
        }

        if (fact.Caveat.Has(language))
        {
            caveats.Add(fact.Caveat.Get(language));
        }

        var permalink = model.Urls.Absolute(target);
        var text = PressFacts.Text(model, edition.Id, fact, language);
        var period = fact.Period.Has(language) ? fact.Period.Get(language) : edition.Period.Get(language);
        var citation = t["press_citation"]
            .Replace("{text}", text, StringComparison.Ordinal)
            .Replace("{period}", period, StringComparison.Ordinal)
            .Replace("{issuer}", edition.Issuer.Get(language), StringComparison.Ordinal)
            .Replace("{report}", edition.Title.Get(language), StringComparison.Ordinal)
            .Replace("{date}", edition.IssuedOn.Format(t.Dates), StringComparison.Ordinal)
            .Replace("{where}", where, StringComparison.Ordinal)
            .Replace("{url}", permalink, StringComparison.Ordinal);
        if (caveats.Count > 0)
        {
            citation += " " + t["press_caveat"] + " " + string.Join(" ", caveats);
        }

        return new PressFactView(fact.Id, text, figure, flagged, period, where, caveats, permalink, link(target), Collapse(citation));
    }

    /// <summary>A printed date with its day left blank keeps one space in a citation.</summary>
    private static string Collapse(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
