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
    IReadOnlyList<InputFile> InputFiles);
