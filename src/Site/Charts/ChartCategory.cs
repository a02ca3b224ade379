namespace Site.Charts;

/// <summary>One group of bars, e.g. one row of the table, with its label above the bars.</summary>
public sealed record ChartCategory(string Label, IReadOnlyList<ChartBar> Bars);
