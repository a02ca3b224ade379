namespace Site.Rendering.Views;

/// <summary>A labelled fact about a page (its number, who launched it, its appendix…), optionally linked.</summary>
public sealed record FactView(string Label, string Value, string Url = "");
