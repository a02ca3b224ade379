namespace Site.Rendering.Views;

/// <summary>One entry of the language switch; <see cref="Available"/> is false when the translation does not exist yet.</summary>
public sealed record LanguageView(string Code, string Name, string Url, string AbsoluteUrl, bool Available, bool Current);
