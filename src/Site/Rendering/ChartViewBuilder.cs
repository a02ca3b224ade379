using Site.Charts;
using Site.Content;
using Site.Linking;
using Site.Rendering.Views;
using Site.Text;

namespace Site.Rendering;

/// <summary>
/// The charts of a page as figures: an appendix's charts point to the table beside them, an edition's overview to
/// the appendices it summarises.
/// </summary>
public static class ChartViewBuilder
{
    public static IReadOnlyList<ChartView> Build(SiteModel model, ChartPublisher? charts, LinkedPage page, InterfaceStrings t, Func<string, string> link)
    {
        var drawn = charts?.For(page) ?? [];
        if (drawn.Count == 0)
        {
            return [];
        }

        IReadOnlyList<LinkView> data = page.Table is { } table
            ? [new LinkView(t["chart_data_table"], $"#table-{Slugifier.Slugify(table.Number)}", false, PeriodOf(table, page.Language))]
            : OverviewSources(model, page, t, link);
        return drawn.Select(d => new ChartView(d.Chart.Id, d.Svg, data, link(d.Chart.PngPath))
        {
            Title = d.Chart.Title,
            EmbedUrl = ChartEmbedPages.UrlOf(model, page, d) is { } embed ? link(embed) : string.Empty,
            EmbedAddress = ChartEmbedPages.UrlOf(model, page, d) is { } address ? model.Urls.Absolute(address) : string.Empty,
            Height = ChartEmbedPages.FrameHeight(d),
        }).ToList();
    }

    private static List<LinkView> OverviewSources(SiteModel model, LinkedPage page, InterfaceStrings t, Func<string, string> link)
    {
        var edition = page.Kind == OutputKind.Home ? model.Latest : model.Edition(page.EditionId);
        return edition is null ? [] : model.Tables(edition.Id)
            .OrderBy(tb => tb.Number, StringComparer.Ordinal)
            .Select(tb => model.Find(PageKey.Appendix(edition.Id, tb.Number), page.Language))
            .OfType<LinkedPage>()
            .Select(p => new LinkView($"{t["appendix"]} {p.Number}", link(p.Url), false, PeriodOf(p.Table!, page.Language)))
            .ToList();
    }

    /// <summary>The period a table's figures cover, which a chart drawn from them shows with its source.</summary>
    private static string PeriodOf(Data.AwardTable table, string language) =>
        table.Period is { } period && period.Label.Has(language) ? period.Label.Get(language) : string.Empty;
}
