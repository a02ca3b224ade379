namespace Site.Charts;

/// <summary>A chart and its drawing as inline SVG (every text in it escaped by the SVG writer), and its height in CSS pixels.</summary>
public sealed record DrawnChart(ChartModel Chart, string Svg, float Height);
