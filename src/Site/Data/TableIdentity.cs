using Site.Diagnostics;

namespace Site.Data;

/// <summary>An arithmetic rule of a table, `total = collectives + individuals`, checked on every row.</summary>
public sealed record TableIdentity(string Target, IReadOnlyList<string> Operands, bool WhenAllPrinted, string Text, SourcePosition At);
