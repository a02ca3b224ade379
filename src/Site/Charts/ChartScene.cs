namespace Site.Charts;

/// <summary>
/// Everything a chart or card draws, positioned in CSS pixels. Both writers (SVG text and Skia PNG) only copy
/// these elements, which is what keeps the two outputs in agreement.
/// </summary>
public sealed record ChartScene(float Width, float Height, string Background, IReadOnlyList<SceneRect> Rects, IReadOnlyList<SceneText> Texts);
