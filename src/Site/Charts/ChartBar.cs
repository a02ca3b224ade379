namespace Site.Charts;

/// <summary>
/// One data point as published. <see cref="Value"/> null is an empty printed cell, which is not zero and is never drawn
/// as a bar; <see cref="Flagged"/> marks a cell the arithmetic audit found at odds with the table's own sums.
/// </summary>
public sealed record ChartBar(int Series, long? Value, bool Flagged);
