namespace Site.Tests.SourceTruth;

/// <summary>Where a table departs from the source: a cell (<see cref="Column"/> set) or a whole row (null).</summary>
internal sealed record FigureDifference(string Row, string? Column, string Text)
{
    public override string ToString() => $"row {Row}{(Column is null ? string.Empty : $", column {Column}")}: {Text}";
}
