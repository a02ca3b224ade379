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

    /// <summary>editions/&lt;edition&gt;/summary.&lt;lang&gt;.md: the edition in plain language, in the site's own words.</summary>
    Summary,
}
