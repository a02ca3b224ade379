namespace Site.Rendering.Views;

/// <summary>A titled group of links in a section list (e.g. movements launched by the Prime Minister).</summary>
public sealed record GroupView(string Title, IReadOnlyList<LinkView> Items);
