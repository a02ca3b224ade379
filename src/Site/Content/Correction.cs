using Site.Diagnostics;

namespace Site.Content;

/// <summary>
/// A dated change to an edition's published text or figures (corrections.yml), in the manner of ONS "corrections
/// and notices": a correction (something published was wrong) or a notice (something changed or was added), with
/// the page it concerns.
/// </summary>
public sealed record Correction(string Date, string Kind, string? Page, LocalizedText Text, SourcePosition At)
{
    public static readonly string[] Kinds = ["correction", "notice"];
}
