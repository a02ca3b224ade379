namespace Site.Rendering.Views;

/// <summary>An uncertain reading under a table: the letter its cells are marked with, and the note in words.</summary>
public sealed record ReadingView(string Letter, string Text);
