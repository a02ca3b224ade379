using Site.Content;
using Site.Data;
using Site.Markdown;

namespace Site.Linking;

/// <summary>A page of the site in one language, placed: it knows its URL, its section and what it is made from.</summary>
public sealed record LinkedPage(
    PageKey Key,
    string Language,
    OutputKind Kind,
    string Url,
    string Title,
    string Summary,
    string? EditionId,
    string Section,
    PageSource? Source,
    AwardTable? Table)
{
    /// <summary>The page's Markdown, parsed before linking and linked with the page (null for a generated page).</summary>
    public ParsedMarkdown? Body { get; init; }

    /// <summary>Addresses that redirect here: the page's own aliases and those the site adds (see <see cref="LanguageRoots"/>).</summary>
    public IReadOnlyList<string> Aliases => [.. Source?.Meta.Aliases ?? [], .. Redirects];

    /// <summary>Addresses the site itself sends here, besides the page's aliases (the default language's root to the root).</summary>
    public IReadOnlyList<string> Redirects { get; init; } = [];

    public string? Number => Source?.Meta.Number ?? Table?.Number;

    /// <summary>The file it came from, for diagnostics and "edit this page" links.</summary>
    public string? SourcePath => Source?.File.DisplayPath ?? Table?.File.DisplayPath;
}
