namespace Site.Content;

/// <summary>An official name (a movement, a slogan) and its one rendering in each language.</summary>
public sealed record OfficialName(string Id, LocalizedText Name, int Line);
