namespace Site.Rendering.Views;

/// <summary>An entry of the corrections log: its anchor, date (as written and as ISO), kind, text and the page it concerns.</summary>
public sealed record CorrectionView(string Id, string Date, string DateIso, string Kind, string KindLabel, string Text, LinkView Page);
