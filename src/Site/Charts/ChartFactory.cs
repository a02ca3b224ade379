using System.Text;
using Site.Content;
using Site.Data;
using Site.Linking;
using Site.Text;

namespace Site.Charts;

/// <summary>
/// Turns award tables into chart models, using the published figures only: an empty cell stays empty
/// (null, not 0), and a cell the audit flagged stays flagged. Texts come from i18n/&lt;lang&gt;.yml.
/// </summary>
public sealed class ChartFactory
{
    private readonly SiteModel _model;

    public ChartFactory(SiteModel model)
    {
        _model = model;
    }

    /// <summary>Per row (award form or movement): collectives and individuals. Null if the table has neither column.</summary>
    public ChartModel? Rows(AwardTable table, string language)
    {
        var columns = new[] { table.Column("collectives"), table.Column("individuals") }.OfType<TableColumn>().ToList();
        var rows = table.Rows.Where(r => !r.IsTotal).ToList();
        if (columns.Count == 0 || rows.Count == 0)
        {
            return null;
        }

        var t = _model.Content.Strings[language];
        var series = columns.Select((c, i) => new ChartSeries(N(c.Label.Get(language)), ChartPalette.SeriesColour(i))).ToList();
        var categories = rows.Select(r => new ChartCategory(N(r.Label.Get(language)),
            columns.Select((c, i) => new ChartBar(i, r.Cell(c.Id), table.FindingAt(r.Id, c.Id) is not null)).ToList())).ToList();
        var title = t["chart_rows_title"]
            .Replace("{number}", table.Number, StringComparison.Ordinal)
            .Replace("{rows}", LowerFirst(table.RowHeader.Get(language)), StringComparison.Ordinal);
        return Model($"chart-{Slugifier.Slugify(table.Number)}-rows", language, title, series, categories, table.File.DisplayPath,
            $"charts/{table.EditionId}/appendix-{Slugifier.Slugify(table.Number)}-rows.{language}.png");
    }

    /// <summary>
    /// By sector, from the total row: the column groups that hold a "*_collectives" column (state administration,
    /// public service units, enterprises, others), not other groups such as the classes of an order. Each column
    /// of a group is one bar, so every bar is a published cell, never a sum we made.
    /// </summary>
    public ChartModel? Sectors(AwardTable table, string language)
    {
        var total = table.Rows.FirstOrDefault(r => r.IsTotal);
        var groups = table.Columns.Where(c => c.Group is not null)
            .GroupBy(c => c.Group!.Identity)
            .Where(g => g.Any(c => c.Id.EndsWith("_collectives", StringComparison.Ordinal)))
            .ToList();
        if (total is null || groups.Count == 0)
        {
            return null;
        }

        var t = _model.Content.Strings[language];
        var seriesNames = groups.SelectMany(g => g).Select(c => N(c.Label.Get(language))).Distinct(StringComparer.Ordinal).ToList();
        var series = seriesNames.Select((name, i) => new ChartSeries(name, ChartPalette.SeriesColour(i))).ToList();
        var categories = groups.Select(g => new ChartCategory(N(g.First().Group!.Get(language)),
            g.Select(c => new ChartBar(seriesNames.IndexOf(N(c.Label.Get(language))), total.Cell(c.Id), table.FindingAt(total.Id, c.Id) is not null)).ToList())).ToList();
        var title = t["chart_sectors_title"].Replace("{number}", table.Number, StringComparison.Ordinal);
        return Model($"chart-{Slugifier.Slugify(table.Number)}-sectors", language, title, series, categories, table.File.DisplayPath,
            $"charts/{table.EditionId}/appendix-{Slugifier.Slugify(table.Number)}-sectors.{language}.png");
    }

    /// <summary>One bar group per appendix of the edition: the collectives and individuals of its total row.</summary>
    public ChartModel? Overview(Edition edition, string language)
    {
        var tables = _model.Tables(edition.Id).Where(tb => tb.Rows.Any(r => r.IsTotal)
                && (tb.Column("collectives") is not null || tb.Column("individuals") is not null))
            .OrderBy(tb => tb.Number, StringComparer.Ordinal)
            .ToList();
        if (tables.Count == 0)
        {
            return null;
        }

        var t = _model.Content.Strings[language];
        var ids = new[] { "collectives", "individuals" };
        var labels = ids.Select(id => tables.Select(tb => tb.Column(id)).OfType<TableColumn>().FirstOrDefault()).ToList();
        var series = labels.Select((c, i) => new ChartSeries(N(c?.Label.Get(language) ?? t[$"chart_{ids[i]}"]), ChartPalette.SeriesColour(i))).ToList();
        var categories = tables.Select(tb =>
        {
            var total = tb.Rows.First(r => r.IsTotal);
            return new ChartCategory(N($"{t["appendix"]} {tb.Number}: {Subject(tb, language)}"),
                ids.Select((id, i) => new ChartBar(i, tb.Column(id) is null ? null : total.Cell(id), tb.FindingAt(total.Id, id) is not null)).ToList());
        }).ToList();
        return Model("chart-overview", language, N(t["chart_overview_title"]), series, categories, $"input/editions/{edition.Id}/edition.yml",
            $"charts/{edition.Id}/overview.{language}.png");
    }

    /// <summary>A table about one movement is named by that movement; the others by their own title.</summary>
    private string Subject(AwardTable table, string language)
    {
        if (table.Movements.Count == 1 && _model.Find(PageKey.Movement(table.EditionId, table.Movements[0]), language) is { } movement)
        {
            return movement.Title;
        }

        return table.Title.Get(language);
    }

    private ChartModel Model(string id, string language, string title, List<ChartSeries> series, List<ChartCategory> categories, string source, string png)
    {
        var t = _model.Content.Strings[language];
        var bars = categories.SelectMany(c => c.Bars.Select(b => (Category: c, Bar: b))).ToList();
        var description = new StringBuilder();
        var highest = bars.Where(b => b.Bar.Value is not null).OrderByDescending(b => b.Bar.Value).FirstOrDefault();
        if (highest.Category is null)
        {
            description.Append(t["chart_all_empty"]);
        }
        else
        {
            description.Append(t["chart_highest"]
                .Replace("{value}", t.Numbers.Format(highest.Bar.Value!.Value), StringComparison.Ordinal)
                .Replace("{series}", series[highest.Bar.Series].Name, StringComparison.Ordinal)
                .Replace("{category}", highest.Category.Label, StringComparison.Ordinal));
        }

        var empty = bars.Count(b => b.Bar.Value is null);
        if (empty > 0 && highest.Category is not null)
        {
            description.Append(' ').Append(t["chart_empty_desc"].Replace("{n}", t.Numbers.Format(empty), StringComparison.Ordinal));
        }

        var notes = new List<string>();
        if (bars.Any(b => b.Bar.Flagged))
        {
            description.Append(' ').Append(t["chart_flag_desc"]);
            notes.Add(N(t["chart_flag_note"]));
        }

        return new ChartModel
        {
            Id = id,
            Language = language,
            Numbers = t.Numbers,
            Title = N(title),
            Description = N(description.ToString()),
            Series = series,
            Categories = categories,
            Notes = notes,
            EmptyLabel = N(t["chart_empty"]),
            PngPath = png,
            SourceFile = source,
        };
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>Everything drawn is NFC: Skia's plain text drawing misplaces the marks of decomposed Vietnamese.</summary>
    private static string N(string text) => text.Normalize(NormalizationForm.FormC);
}
