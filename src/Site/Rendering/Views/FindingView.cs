namespace Site.Rendering.Views;

/// <summary>An audit finding under a table: the sentence that states the published and computed figures, and the rule.</summary>
public sealed record FindingView(string Text, string Rule);
