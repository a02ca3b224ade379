namespace Site.Rendering.Views;

/// <summary>What an appendix page shows around its table: where it comes from, its downloads, notes and movements.</summary>
public sealed record AppendixView(
    TableView Table,
    string Issuer,
    string Report,
    string Date,
    string AttachedTo,
    string Fingerprint,
    IReadOnlyList<LinkView> Downloads,
    IReadOnlyList<string> TranscriptionNotes,
    IReadOnlyList<LinkView> Movements);
