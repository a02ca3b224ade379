namespace Site.Linking;

/// <summary>A sentence of a page that names a place, with a site-relative link to it (the page's address and a text fragment).</summary>
public sealed record PlaceMention(LinkedPage Page, string Sentence, string Url);
