namespace Site.Rendering.Views;

/// <summary>
/// A ready-to-quote fact: its sentence, the figure it quotes (empty for a fact of a page) and whether that figure
/// is flagged, the period, what the figure counts and where it is printed, every caveat, the permanent link, and
/// the citation to copy (shown as text, so that it works without a script).
/// </summary>
public sealed record PressFactView(
    string Id,
    string Text,
    string Figure,
    bool Flagged,
    string Period,
    string Where,
    IReadOnlyList<string> Caveats,
    string Permalink,
    string Url,
    string Citation);
