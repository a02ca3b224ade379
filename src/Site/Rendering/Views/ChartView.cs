namespace Site.Rendering.Views;

/// <summary>
/// A chart as its figure shows it: the drawn SVG (markup written by the chart writer, which escapes every text it
/// holds), links to the data it shows, and its PNG; its embeddable page (linked, and its full address for the
/// iframe code to copy), its title and the height an iframe needs to show it whole.
/// </summary>
public sealed record ChartView(string Id, string Svg, IReadOnlyList<LinkView> Data, string PngUrl)
{
    public string Title { get; init; } = string.Empty;

    public string EmbedUrl { get; init; } = string.Empty;

    public string EmbedAddress { get; init; } = string.Empty;

    public int Height { get; init; }
}
