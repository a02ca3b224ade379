namespace Site.Rendering.Views;

/// <summary>Another form of a page (a translation, a feed) for a `link rel="alternate"`: its language, address and title.</summary>
public sealed record AlternateView(string Lang, string Url, string Title = "");
