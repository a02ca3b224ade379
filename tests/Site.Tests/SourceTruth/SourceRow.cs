namespace Site.Tests.SourceTruth;

/// <summary>One row of an appendix table as the source report prints it: its number (or "total"), its label and its figures in order.</summary>
internal sealed record SourceRow(string Id, string Label, IReadOnlyList<long> Numbers);
