namespace Site.Linking;

/// <summary>Every kind of page the site publishes; the theme has a layout for each (see <see cref="OutputKindLayouts"/>).</summary>
public enum OutputKind
{
    Home,
    EditionHome,
    Section,
    Chapter,
    Movement,
    Story,
    SitePage,
    AppendixList,
    Appendix,
    Glossary,
    Search,
    Archive,

    /// <summary>An edition's ready-to-quote facts, for the press.</summary>
    Press,

    /// <summary>An edition's index of the places and units its report names.</summary>
    Places,

    /// <summary>An edition's dated corrections and notices.</summary>
    Corrections,

    /// <summary>An edition's plain-language summary, in the site's own words.</summary>
    Summary,
}
