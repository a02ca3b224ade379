using Site.Text;

namespace Site.Content;

/// <summary>One publication of the report (edition.yml): its identity, issuer and date, as published.</summary>
public sealed record Edition(
    string Id,
    string SourcePath,
    LocalizedText Title,
    string Number,
    LocalizedText NumberDisplay,
    string Date,
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

    /// <summary>The report's date at the precision it gives it (<see cref="Date"/> is validated by the reader).</summary>
    public PartialDate IssuedOn => PartialDate.Parse(Date) ?? new PartialDate(1970, 1, null);
}
