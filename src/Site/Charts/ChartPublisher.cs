using System.Collections.Concurrent;
using System.Text;
using Site.Content;
using Site.Diagnostics;
using Site.Output;
using Site.Linking;
using Site.Text;

namespace Site.Charts;

/// <summary>
/// The charts of the site: for each appendix, per row and per sector; for each edition, one overview shown on
/// its home page and on the site's home page. Each chart is written twice from one layout: inline SVG for the
/// page and a 2× PNG for print and download. Its figures stay in the table it sits beside or links to.
/// </summary>
public sealed class ChartPublisher
{
    public const float PngScale = 2;

    private readonly SiteModel _model;
    private readonly ConcurrentDictionary<(string Key, string Language), IReadOnlyList<(ChartModel Chart, string Svg)>> _charts = new();
    private readonly ConcurrentBag<OutputFile> _files = new();

    private ChartPublisher(SiteModel model)
    {
        _model = model;
    }

    /// <summary>In no particular order: the build sorts all its files once.</summary>
    public IReadOnlyList<OutputFile> Files => [.. _files];

    /// <summary>Draws every chart (its PNG from <paramref name="images"/> when it holds it). Without fonts nothing is drawn (the caller has reported why).</summary>
    public static ChartPublisher Create(SiteModel model, ChartFonts? fonts, ImageCache images, DiagnosticBag diagnostics)
    {
        var publisher = new ChartPublisher(model);
        if (fonts is null)
        {
            return publisher;
        }

        var factory = new ChartFactory(model);
        var work = new List<((string, string) Key, IReadOnlyList<string> Credit, Func<ChartModel?>[] Charts)>();
        foreach (var table in model.Content.Tables)
        {
            foreach (var page in model.Languages.Select(l => model.Find(PageKey.Appendix(table.EditionId, table.Number), l)).OfType<LinkedPage>())
            {
                var language = page.Language;
                work.Add(((Key(table.EditionId, table.Number), language), Credit(model, model.Edition(table.EditionId), page.Url, language),
                    [() => factory.Rows(table, language), () => factory.Sectors(table, language)]));
            }
        }

        foreach (var edition in model.Content.Editions)
        {
            foreach (var language in model.Languages)
            {
                work.Add(((Key(edition.Id, null), language), Credit(model, edition, model.Urls.EditionHome(language, edition.Id), language),
                    [() => factory.Overview(edition, language)]));
            }
        }

        Parallel.ForEach(work, item =>
        {
            var drawn = new List<(ChartModel, string)>();
            foreach (var chart in item.Charts.Select(c => c()).OfType<ChartModel>())
            {
                if (!GlyphsPresent(chart.Texts().Concat(item.Credit), chart.SourceFile, fonts, diagnostics))
                {
                    continue;
                }

                var scene = BarChartLayout.Layout(chart, fonts);
                var svg = SvgChartWriter.Write(chart, scene);
                drawn.Add((chart, svg));

                // The page around the SVG says where its figures come from; the PNG travels alone, so it says it itself.
                publisher._files.Add(new OutputFile(chart.PngPath, images.Png(ImageCredit.Below(scene, item.Credit, fonts), fonts, PngScale)));
            }

            publisher._charts[item.Key] = drawn;
        });
        return publisher;
    }

    /// <summary>
    /// Reports SITE060 for the first character in <paramref name="texts"/> that either font lacks, naming the text
    /// and the code point: a PNG would otherwise show an empty box where a letter should be.
    /// </summary>
    public static bool GlyphsPresent(IEnumerable<string> texts, string file, ChartFonts fonts, DiagnosticBag diagnostics)
    {
        foreach (var text in texts)
        {
            foreach (var bold in new[] { false, true })
            {
                if (fonts.MissingGlyph(text, bold) is { } rune)
                {
                    diagnostics.Error(DiagnosticCodes.MissingGlyph, file, SourcePosition.Start,
                        $"the text \"{text}\" needs {ChartFonts.Describe(rune)}, which {fonts.Folder}/{(bold ? ChartFonts.BoldFile : ChartFonts.RegularFile)} does not have",
                        "Charts and preview images are drawn with the theme's fonts only: use a character the font covers, or add a font that has it.");
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The charts of <paramref name="page"/> as HTML, with links made relative by <paramref name="link"/>; empty if it has none.</summary>
    public string HtmlFor(LinkedPage page, Func<string, string> link)
    {
        var t = _model.Content.Strings[page.Language];
        if (page.Kind == OutputKind.Appendix && page.Table is { } table)
        {
            var charts = Charts(Key(table.EditionId, table.Number), page.Language);
            if (charts.Count == 0)
            {
                return string.Empty;
            }

            var html = new StringBuilder("<section class=\"charts\" aria-labelledby=\"charts\">\n<h2 id=\"charts\">").Append(E(t["charts_title"])).Append("</h2>\n");
            var tableLink = $"<a href=\"#table-{Text.Slugifier.Slugify(table.Number)}\">{E(t["chart_data_table"])}</a>";
            foreach (var (chart, svg) in charts)
            {
                Figure(html, chart, svg, tableLink, link, t);
            }

            return html.Append("</section>\n").ToString();
        }

        var edition = page.Kind switch
        {
            OutputKind.EditionHome => _model.Edition(page.EditionId),
            OutputKind.Home => _model.Latest,
            _ => null,
        };
        if (edition is null)
        {
            return string.Empty;
        }

        var overview = new StringBuilder();
        foreach (var (chart, svg) in Charts(Key(edition.Id, null), page.Language))
        {
            var sources = string.Join(", ", _model.Content.Tables.Where(tb => tb.EditionId == edition.Id).OrderBy(tb => tb.Number, StringComparer.Ordinal)
                .Select(tb => _model.Find(PageKey.Appendix(edition.Id, tb.Number), page.Language))
                .OfType<LinkedPage>()
                .Select(p => $"<a href=\"{E(link(p.Url))}\">{E($"{t["appendix"]} {p.Number}")}</a>"));
            Figure(overview, chart, svg, sources, link, t);
        }

        return overview.ToString();
    }

    private static void Figure(StringBuilder html, ChartModel chart, string svg, string dataLinks, Func<string, string> link, Content.InterfaceStrings t)
    {
        html.Append("<figure class=\"chart\" id=\"").Append(chart.Id).Append("\">\n").Append(svg).Append('\n')
            .Append("<figcaption>").Append(E(t["chart_data"])).Append(' ').Append(dataLinks)
            .Append(" · <a href=\"").Append(E(link(chart.PngPath))).Append("\">").Append(E(t["chart_png"])).Append("</a></figcaption>\n</figure>\n");
    }

    private IReadOnlyList<(ChartModel Chart, string Svg)> Charts(string key, string language) =>
        _charts.TryGetValue((key, language), out var charts) ? charts : [];

    /// <summary>The source lines of a chart shown on the page at <paramref name="url"/>: its edition's issuer, report and date, and that page's address.</summary>
    private static IReadOnlyList<string> Credit(SiteModel model, Edition? edition, string url, string language) => edition is null ? [] : ImageCredit.Lines(
        model.Content.Strings[language]["source"], edition.Issuer.Get(language), edition.Title.Get(language), edition.DateDisplay.Get(language), model.Urls.Absolute(url));

    private static string Key(string edition, string? table) => table is null ? edition : $"{edition}/{table}";

    private static string E(string text) => HtmlEscaping.Encoder.Encode(text);
}
