namespace Site.Rendering.Views;

/// <summary>An entry of a page's table of contents.</summary>
public sealed record TocView(string Id, string Text, int Level);
