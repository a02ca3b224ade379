using Site.Content;
using Site.Diagnostics;

namespace Site.Data;

/// <summary>
/// How a doubtful placement was read from the source, and why it is uncertain: about <see cref="Columns"/> of its
/// row, or, when there are none, about where the whole row's figures go. It is data, not an arithmetic finding.
/// </summary>
public sealed record UncertainReading(IReadOnlyList<string> Columns, LocalizedText Note, SourcePosition At)
{
    public bool IsWholeRow => Columns.Count == 0;
}
