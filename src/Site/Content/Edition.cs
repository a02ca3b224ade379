namespace Site.Content;

/// <summary>One publication of the report (edition.yml): its identity, issuer and date, as published.</summary>
public sealed record Edition(
    string Id,
    string SourcePath,
    LocalizedText Title,
    string Number,
    LocalizedText NumberDisplay,
    string Date,
    LocalizedText DateDisplay,
    bool IsDraft,
    LocalizedText Issuer,
    string SignerName,
    LocalizedText SignerTitle,
    LocalizedText RepliesTo,
    LocalizedText Period,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Recipients)
{
    /// <summary>The document the edition transcribes, for readers to check the site against; null when edition.yml names none.</summary>
    public OriginalDocument? Original { get; init; }
}
