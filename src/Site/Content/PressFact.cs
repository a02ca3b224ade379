using Site.Diagnostics;

namespace Site.Content;

/// <summary>
/// A ready-to-quote fact of an edition (press.yml): its sentence in each language, where it is published (a table
/// cell, whose figure and caveat then come from the table, or a page), the period it covers and any caveat the
/// editors add. A fact naming a story is that story's headline fact, drawn on its preview card.
/// </summary>
public sealed record PressFact(
    string Id,
    LocalizedText Text,
    TableCell? Cell,
    string? Page,
    LocalizedText Period,
    LocalizedText Caveat,
    string? Story,
    SourcePosition At);
