namespace Site.Linking;

/// <summary>Which theme layout renders each kind of page.</summary>
public static class OutputKindLayouts
{
    public static string Layout(OutputKind kind) => kind switch
    {
        OutputKind.Home => "home",
        OutputKind.EditionHome => "edition",
        OutputKind.Section or OutputKind.AppendixList => "section",
        OutputKind.Appendix => "appendix",
        OutputKind.Glossary => "glossary",
        OutputKind.Search => "search",
        OutputKind.Archive => "archive",
        OutputKind.Press => "press",
        OutputKind.Places => "places",
        OutputKind.Corrections => "corrections",
        _ => "page",
    };

    public static readonly string[] All = ["home", "edition", "section", "page", "appendix", "glossary", "search", "archive", "404", "redirect", "press", "places", "corrections", "embed"];
}
