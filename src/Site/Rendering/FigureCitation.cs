using Site.Content;
using Site.Data;
using Site.Linking;
using Site.Text;

namespace Site.Rendering;

/// <summary>
/// A figure with its source, ready to paste: the figure, what it counts, the period, its caveats, the appendix cell,
/// the issuer and date, and the permanent link to the cell, in the reader's language (i18n `figure_citation`).
/// </summary>
public static class FigureCitation
{
    public static string For(SiteModel model, AwardTable table, TableRow row, TableColumn column, InterfaceStrings t)
    {
        var language = t.Language;
        var edition = model.Edition(table.EditionId)!;
        var appendix = model.Find(PageKey.Appendix(table.EditionId, table.Number), language);
        var url = appendix is null ? string.Empty : model.Urls.Absolute(appendix.Url) + $"#cell-{Slugifier.Slugify(row.Id)}-{column.Id}";
        var caveats = FigureCaveats.For(table, row, column.Id, t);
        var counts = row.IsTotal && table.TotalCounts.Has(language) ? " " + table.TotalCounts.Get(language) : string.Empty;
        return t["figure_citation"]
            .Replace("{value}", row.Cell(column.Id) is { } value ? t.Numbers.Format(value) : t["empty_cell"], StringComparison.Ordinal)
            .Replace("{column}", column.Name(language), StringComparison.Ordinal)
            .Replace("{row}", row.Label.Get(language), StringComparison.Ordinal)
            .Replace("{period}", table.Period is { } period && period.Label.Has(language) ? period.Label.Get(language) : t["period_not_declared"], StringComparison.Ordinal)
            .Replace("{counts}", counts, StringComparison.Ordinal)
            .Replace("{caveats}", caveats.Count == 0 ? string.Empty : $" {t["figure_caveat"]}: {string.Join(" ", caveats)}", StringComparison.Ordinal)
            .Replace("{issuer}", edition.Issuer.Get(language), StringComparison.Ordinal)
            .Replace("{report}", edition.Title.Get(language), StringComparison.Ordinal)
            .Replace("{date}", edition.IssuedOn.Format(t.Dates), StringComparison.Ordinal)
            .Replace("{table}", $"{t["appendix"]} {table.Number}", StringComparison.Ordinal)
            .Replace("{url}", url, StringComparison.Ordinal);
    }
}
