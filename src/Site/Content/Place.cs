using Site.Diagnostics;

namespace Site.Content;

/// <summary>
/// A place or unit the report names (places.yml): a commune, district, school, hospital…, its name in each language,
/// what it is, the place it lies in, and the forms in which each language's text writes it, by which its sentences
/// are found.
/// </summary>
public sealed record Place(
    string Id,
    LocalizedText Name,
    string Kind,
    string? Within,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Forms,
    SourcePosition At);
