namespace Site.Charts;

/// <summary>
/// A bar chart as data, independent of how it is drawn: the SVG and the PNG are both laid out from it by
/// <see cref="BarChartLayout"/>, so the two cannot disagree. All texts are in the page's language and NFC.
/// </summary>
public sealed record ChartModel
{
    /// <summary>Unique on its page; prefixes every id inside the SVG.</summary>
    public required string Id { get; init; }

    public required string Language { get; init; }

    /// <summary>How the chart's language writes the figures on its bars.</summary>
    public required Text.NumberFormat Numbers { get; init; }

    public required string Title { get; init; }

    /// <summary>The main finding in words: the SVG's desc, so the chart says in text what it shows.</summary>
    public required string Description { get; init; }

    public required IReadOnlyList<ChartSeries> Series { get; init; }

    public required IReadOnlyList<ChartCategory> Categories { get; init; }

    /// <summary>Footnotes drawn under the bars (the meaning of "*").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The word drawn where a cell was printed empty.</summary>
    public required string EmptyLabel { get; init; }

    /// <summary>Site-relative path of the 2× PNG.</summary>
    public required string PngPath { get; init; }

    /// <summary>The input file the chart's texts come from, for diagnostics.</summary>
    public required string SourceFile { get; init; }

    public IEnumerable<string> Texts()
    {
        yield return Title;
        foreach (var series in Series)
        {
            yield return series.Name;
        }

        foreach (var category in Categories)
        {
            yield return category.Label;
        }

        foreach (var note in Notes)
        {
            yield return note;
        }

        yield return EmptyLabel;
    }
}
