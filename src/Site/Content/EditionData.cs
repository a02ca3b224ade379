namespace Site.Content;

/// <summary>What editors keep beside an edition for its readers: the press facts, the places index and the corrections log.</summary>
public sealed record EditionData(string EditionId, IReadOnlyList<PressFact> Facts, IReadOnlyList<Place> Places, IReadOnlyList<Correction> Corrections)
{
    public static EditionData Empty(string editionId) => new(editionId, [], [], []);
}
