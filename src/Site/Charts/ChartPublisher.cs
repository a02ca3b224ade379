using System.Collections.Concurrent;
using Site.Content;
using Site.Diagnostics;
using Site.Output;
using Site.Linking;

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
    private readonly ConcurrentDictionary<(string Key, string Language), IReadOnlyList<DrawnChart>> _charts = new();
    private readonly ConcurrentBag<OutputFile> _files = new();

    private ChartPublisher(SiteModel model)
    {
        _model = model;
    }

    /// <summary>
    /// The images drawn, in no particular order (the build sorts its files once), handed over once: the publisher then
    /// holds none of their bytes, so that a one-off build can let each go as soon as it is written.
    /// </summary>
    public IReadOnlyList<OutputFile> TakeFiles()
    {
        var files = _files.ToList();
        _files.Clear();
        return files;
    }

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
            var drawn = new List<DrawnChart>();
            foreach (var chart in item.Charts.Select(c => c()).OfType<ChartModel>())
            {
                if (!GlyphsPresent(chart.Texts().Concat(item.Credit), chart.SourceFile, fonts, diagnostics))
                {
                    continue;
                }

                var scene = BarChartLayout.Layout(chart, fonts);
                var svg = SvgChartWriter.Write(chart, scene);
                drawn.Add(new DrawnChart(chart, svg, scene.Height));

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
                        $"Charts and preview images are drawn with the theme's fonts only: use a character the font covers, or add a font that has it.");
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The charts <paramref name="page"/> shows: an appendix its table's, an edition's home (and the site's home, for
    /// the latest edition) the edition's overview; none for other pages.
    /// </summary>
    public IReadOnlyList<DrawnChart> For(LinkedPage page)
    {
        if (page.Kind == OutputKind.Appendix && page.Table is { } table)
        {
            return Charts(Key(table.EditionId, table.Number), page.Language);
        }

        var edition = page.Kind switch
        {
            OutputKind.EditionHome => _model.Edition(page.EditionId),
            OutputKind.Home => _model.Latest,
            _ => null,
        };
        return edition is null ? [] : Charts(Key(edition.Id, null), page.Language);
    }

    private IReadOnlyList<DrawnChart> Charts(string key, string language) =>
        _charts.TryGetValue((key, language), out var charts) ? charts : [];

    /// <summary>The source lines of a chart shown on the page at <paramref name="url"/>: its edition's issuer, report and date, and that page's address.</summary>
    private static IReadOnlyList<string> Credit(SiteModel model, Edition? edition, string url, string language) => edition is null ? [] : ImageCredit.Lines(
        model.Content.Strings[language]["source"], edition.Issuer.Get(language), edition.Title.Get(language), edition.IssuedOn.Format(model.Content.Strings[language].Dates), model.Urls.Absolute(url));

    private static string Key(string edition, string? table) => table is null ? edition : $"{edition}/{table}";
}
