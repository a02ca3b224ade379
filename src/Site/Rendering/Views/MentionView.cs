namespace Site.Rendering.Views;

/// <summary>A sentence that names a place, the page it is on and a link to the sentence itself.</summary>
public sealed record MentionView(string Sentence, string PageTitle, string Url);
