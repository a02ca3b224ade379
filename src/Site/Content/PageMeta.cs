using Site.Diagnostics;

namespace Site.Content;

/// <summary>A page's front matter, typed, with the position of every key for later diagnostics.</summary>
public sealed record PageMeta
{
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public string? Slug { get; init; }
    public int? Weight { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? SourceHash { get; init; }
    public string? Number { get; init; }
    public string? LaunchedBy { get; init; }
    public string? Period { get; init; }
    public string? Appendix { get; init; }
    public IReadOnlyList<string> AppendixRows { get; init; } = [];
    public string? Subject { get; init; }
    public string? Movement { get; init; }
    public string? Place { get; init; }
    public IReadOnlyList<string> Awards { get; init; } = [];
    public IReadOnlyDictionary<string, SourcePosition> Positions { get; init; } = new Dictionary<string, SourcePosition>();

    public SourcePosition PositionOf(string key) => Positions.TryGetValue(key, out var at) ? at : new SourcePosition(1, 1);
}
