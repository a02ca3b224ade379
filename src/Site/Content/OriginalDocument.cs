using Site.Diagnostics;

namespace Site.Content;

/// <summary>
/// The document an edition transcribes (edition.yml `original`), to check the site against: a file kept beside
/// the edition (<see cref="File"/>, relative to its folder) or an address where it is published (<see cref="Url"/>).
/// </summary>
public sealed record OriginalDocument(string? File, string? Url, LocalizedText Label, SourcePosition At);
