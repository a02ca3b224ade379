namespace Site.Content;

/// <summary>What a page is; a Markdown page's kind comes from its folder.</summary>
public enum PageKind
{
    EditionHome,
    SectionIndex,
    Chapter,
    Movement,
    Story,
    SitePage,
}
