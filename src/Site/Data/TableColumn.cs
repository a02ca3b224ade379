using Site.Content;

namespace Site.Data;

/// <summary>A numeric column of an award table; columns sharing a <see cref="Group"/> sit under one top header.</summary>
public sealed record TableColumn(string Id, LocalizedText Label, LocalizedText? Group);
