namespace Site.Charts;

/// <summary>One series of bars (e.g. collectives): its name in the page's language and its colour.</summary>
public sealed record ChartSeries(string Name, string Colour);
