using Site.Content;

namespace Site.Data;

/// <summary>A numeric column of an award table; columns sharing a <see cref="Group"/> sit under one top header.</summary>
public sealed record TableColumn(string Id, LocalizedText Label, LocalizedText? Group)
{
    /// <summary>The column's full name in <paramref name="language"/>: "group – label" under a group, else the label.</summary>
    public string Name(string language) => Group is null ? Label.Get(language) : $"{Group.Get(language)} – {Label.Get(language)}";
}
