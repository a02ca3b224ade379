using Site.Content;
using Site.Diagnostics;
using Site.Text;

namespace Site.Data;

/// <summary>
/// The period a table's figures cover, as the report gives it: <see cref="From"/> and <see cref="To"/> at the
/// precision the report states them (both null when it states none, which <see cref="Label"/> then says), the
/// period in words per language, and on what in the report it rests.
/// </summary>
public sealed record ReferencePeriod(PartialDate? From, PartialDate? To, LocalizedText Label, LocalizedText Basis, SourcePosition At)
{
    public bool IsStated => From is not null && To is not null;

    /// <summary>The period as ISO 8601 writes an interval ("2011/2022-03"), for machine-readable downloads; empty when not stated.</summary>
    public string Interval => IsStated ? $"{From}/{To}" : string.Empty;
}
