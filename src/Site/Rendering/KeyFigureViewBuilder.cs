using Site.Content;
using Site.Linking;
using Site.Rendering.Views;
using Site.Text;

namespace Site.Rendering;

/// <summary>
/// The figures a home page puts first, the most quoted of the site: each appendix's total row, with the period the
/// figures cover and what the total counts, each figure linked to its cell.
/// </summary>
public static class KeyFigureViewBuilder
{
    /// <summary>The columns of a total row a reader asks for first: how many awards, to how many collectives and individuals.</summary>
    private static readonly string[] Columns = ["total", "collectives", "individuals"];

    public static IReadOnlyList<KeyFigureGroupView> Build(SiteModel model, LinkedPage page, Edition edition, InterfaceStrings t, Func<string, string> link)
    {
        var language = page.Language;
        var groups = new List<KeyFigureGroupView>();
        foreach (var table in model.Tables(edition.Id))
        {
            var total = table.Rows.FirstOrDefault(r => r.IsTotal);
            var appendix = model.Find(PageKey.Appendix(edition.Id, table.Number), language);
            if (total is null || appendix is null)
            {
                continue;
            }

            var figures = table.Columns
                .Where(c => Columns.Contains(c.Id) && total.Cell(c.Id) is not null)
                .Select(c => new KeyFigureView(c.Name(language), t.Numbers.Format(total.Cell(c.Id)!.Value), link($"{appendix.Url}#cell-{Slugifier.Slugify(total.Id)}-{c.Id}")))
                .ToList();
            var about = table.Subtitle.Has(language) ? table.Subtitle.Get(language) : table.Title.Get(language);
            groups.Add(new KeyFigureGroupView(
                $"{t["appendix"]} {table.Number}: {about}",
                link(appendix.Url),
                table.Period is { } period && period.Label.Has(language) ? period.Label.Get(language) : string.Empty,
                table.TotalCounts.Has(language) ? table.TotalCounts.Get(language) : string.Empty,
                figures));
        }

        return groups;
    }
}
