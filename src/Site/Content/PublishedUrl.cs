namespace Site.Content;

/// <summary>An address the site has published (from published-urls.txt): it must keep working forever.</summary>
public sealed record PublishedUrl(string Url, string Source, string ListFile, int Line);
