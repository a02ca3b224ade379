using Site.Content;
using Site.Data;

namespace Site.Loading;

/// <summary>Everything read from input/, validated and typed: what the Link stage works from.</summary>
public sealed record ContentSet(
    SiteConfig Config,
    IReadOnlyDictionary<string, InterfaceStrings> Strings,
    IReadOnlyList<Edition> Editions,
    IReadOnlyList<PageSource> Pages,
    IReadOnlyList<AwardTable> Tables,
    IReadOnlyList<GlossaryTerm> Glossary,
    IReadOnlyList<AwardForm> AwardForms,
    IReadOnlyList<OfficialName> Names,
    IReadOnlyList<PublishedUrl> PublishedUrls,
    IReadOnlyList<InputFile> InputFiles)
{
    /// <summary>
    /// Input files (relative paths) that gave nothing because their own errors were reported (a YAML syntax error,
    /// a page without front matter): what refers to them is not reported again, since one mistake is one message.
    /// </summary>
    public IReadOnlySet<string> Unreadable { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Each edition's press facts, places and corrections (empty lists when its files are absent), by edition id.</summary>
    public IReadOnlyDictionary<string, EditionData> EditionData { get; init; } = new Dictionary<string, EditionData>(StringComparer.Ordinal);

    public EditionData DataOf(string editionId) => EditionData.GetValueOrDefault(editionId) ?? Content.EditionData.Empty(editionId);

    /// <summary>Whether a reference may be to a file that could not be read: "editions/2022-05/appendices/01." covers 01.yml.</summary>
    public bool MayBeUnreadable(string pathPrefix) => Unreadable.Any(path => path.StartsWith(pathPrefix, StringComparison.Ordinal));
}
