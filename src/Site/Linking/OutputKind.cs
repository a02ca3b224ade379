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
}
