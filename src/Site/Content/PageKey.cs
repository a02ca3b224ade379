namespace Site.Content;

/// <summary>
/// The identity a page shares with its translations, whatever its URL in each language: "editions/2022-05/movements/covid-19",
/// "pages/about", "home". Made here and nowhere else, so that no stage spells a page's identity as a path string.
/// </summary>
public readonly record struct PageKey
{
    private PageKey(string value)
    {
        Value = value;
    }

    /// <summary>The key as the source path without language and extension (what editors write in links, less ".md").</summary>
    public string Value { get; }

    public static PageKey Home { get; } = new("home");

    /// <summary>A page the site generates for each language: "glossary", "search", "archive".</summary>
    public static PageKey Special(string name) => new($"special/{name}");

    /// <summary>A page of input/pages/.</summary>
    public static PageKey SitePage(string stem) => new($"pages/{stem}");

    /// <summary>The home page of an edition (its _index files, or generated).</summary>
    public static PageKey EditionHome(string edition) => new($"editions/{edition}/_index");

    /// <summary>The list page of a section of an edition ("report", "movements", "stories", "appendices").</summary>
    public static PageKey SectionIndex(string edition, string section) => InSection(edition, section, "_index");

    /// <summary>A page of a section: a chapter, movement or story by its file stem, an appendix by its number.</summary>
    public static PageKey InSection(string edition, string section, string stem) => new($"editions/{edition}/{section}/{stem}");

    public static PageKey Appendix(string edition, string number) => InSection(edition, "appendices", number);

    public static PageKey Movement(string edition, string stem) => InSection(edition, "movements", stem);

    /// <summary>The key of the page a link names by its source path inside input/ ("editions/2022-05/movements/covid-19", no language, no ".md").</summary>
    public static PageKey FromSourcePath(string path) => new(path);

    public override string ToString() => Value;
}
