namespace Site.Rendering.Views;

/// <summary>
/// The key figures of one appendix: where they come from (<see cref="Title"/>, linked), the period they cover and
/// what the table's total counts, said once for the figures under it, and the notes their marks point to.
/// </summary>
public sealed record KeyFigureGroupView(string Title, string Url, string Period, string TotalCounts, IReadOnlyList<KeyFigureView> Figures, IReadOnlyList<FigureNoteView> Notes);
