namespace Site.Rendering.Views;

/// <summary>
/// A chart as its figure shows it: the drawn SVG (markup written by the chart writer, which escapes every text it
/// holds), links to the data it shows, and its PNG.
/// </summary>
public sealed record ChartView(string Id, string Svg, IReadOnlyList<LinkView> Data, string PngUrl);
