namespace Site.Charts;

/// <summary>A rectangle: a bar, a legend swatch, a band. A hatched one marks an audited cell.</summary>
public sealed record SceneRect(float X, float Y, float Width, float Height, string Fill, string Role)
{
    public string? Stroke { get; init; }

    public float StrokeWidth { get; init; }

    public bool Hatched { get; init; }

    /// <summary>Extra SVG attributes (data-value, data-series) that describe a bar to machines.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Data { get; init; } = [];
}
