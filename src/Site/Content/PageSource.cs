namespace Site.Content;

/// <summary>A Markdown page as read from input/: where it sits, what it is, its front matter and its body.</summary>
public sealed record PageSource(
    SourceFile File,
    PageKind Kind,
    string Language,
    string Stem,
    string? EditionId,
    string Section,
    PageMeta Meta,
    string Body,
    int BodyLineOffset)
{
    /// <summary>The identity shared by a page and its translations: "editions/2022-05/movements/covid-19".</summary>
    public PageKey Key => EditionId is null ? PageKey.SitePage(Stem)
        : Section.Length == 0 ? PageKey.EditionHome(EditionId)
        : PageKey.InSection(EditionId, Section, Stem);
}
