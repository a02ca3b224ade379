using Site.Charts;
using Site.Linking;
using Site.Rendering.Views;

namespace Site.Rendering;

/// <summary>
/// One page per chart made to be shown in another site's &lt;iframe&gt;: the chart alone, its source and a link to
/// the page it comes from, under embed/{language}/{edition}/{chart}/. Only these pages may be framed by other sites:
/// a Content-Security-Policy meta element cannot say so (browsers ignore frame-ancestors there), so the host's
/// headers file (_headers) does, for the hosts that read one.
/// </summary>
public static class ChartEmbedPages
{
    public const string Folder = "embed";

    /// <summary>The chart's embeddable page, site-relative; null for a page whose charts are embedded from another (the site's home shows the latest edition's).</summary>
    public static string? UrlOf(SiteModel model, LinkedPage page, DrawnChart chart)
    {
        var edition = page.EditionId ?? model.Latest?.Id;
        return edition is null ? null : $"{Folder}/{page.Language}/{edition}/{chart.Chart.Id}/";
    }

    /// <summary>The pages that own charts: each chart is embedded from its appendix page or its edition's home, once.</summary>
    public static IEnumerable<(LinkedPage Page, DrawnChart Chart, string Url)> All(SiteModel model, ChartPublisher charts) =>
        from page in model.Pages
        where page.Kind is OutputKind.Appendix or OutputKind.EditionHome
        from chart in charts.For(page)
        select (page, chart, UrlOf(model, page, chart)!);

    /// <summary>The iframe height that shows the chart whole at its own width, with its source line under it.</summary>
    public static int FrameHeight(DrawnChart chart) => (int)MathF.Ceiling(chart.Height) + 96;

    public static PageView View(SiteModel model, LinkedPage page, DrawnChart chart, string url)
    {
        Func<string, string> link = to => model.Urls.Link(url, to);
        var edition = model.Edition(page.EditionId);
        var t = model.Content.Strings[page.Language];
        var source = edition is null ? string.Empty : string.Join(", ", new[] { edition.Issuer.Get(page.Language), edition.Title.Get(page.Language),
            edition.IssuedOn.Format(t.Dates) }.Where(p => p.Length > 0));
        return new PageView
        {
            Kind = "embed",
            Title = chart.Chart.Title,
            Summary = chart.Chart.Description,
            Content = string.Empty,
            Canonical = model.Urls.Absolute(url),
            Lang = page.Language,
            Charts = [new ChartView(chart.Chart.Id, chart.Svg, [new LinkView(page.Title, model.Urls.Absolute(page.Url))], link(chart.Chart.PngPath))],
            Citation = source.Length == 0 ? string.Empty : $"{t["source"]}: {source}",
            Permalink = model.Urls.Absolute(page.Url),
        };
    }
}
