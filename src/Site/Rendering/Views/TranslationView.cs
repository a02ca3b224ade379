namespace Site.Rendering.Views;

/// <summary>A text in another language, with that language's code for its lang attribute.</summary>
public sealed record TranslationView(string Lang, string Text);
