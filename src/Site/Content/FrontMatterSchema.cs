namespace Site.Content;

/// <summary>Which front-matter keys each page kind allows and requires (documented in input/README.md).</summary>
public static class FrontMatterSchema
{
    private static readonly string[] Common = ["title", "summary", "slug", "weight", "draft", "aliases", "source_hash"];

    public static IReadOnlyCollection<string> Allowed(PageKind kind) => kind switch
    {
        PageKind.Chapter => [.. Common, "number"],
        PageKind.Movement => [.. Common, "number", "launched_by", "period", "appendix", "appendix_rows"],
        PageKind.Story => [.. Common, "subject", "movement", "place", "awards"],
        _ => Common,
    };

    public static IReadOnlyCollection<string> Required(PageKind kind) => kind switch
    {
        PageKind.Chapter => ["title", "summary", "number"],
        PageKind.Movement => ["title", "summary", "number", "launched_by"],
        PageKind.Story => ["title", "summary", "subject", "movement", "place"],
        _ => ["title", "summary"],
    };

    /// <summary>Keys whose value must be the same in every language: they describe the thing, not the words.</summary>
    public static readonly string[] LanguageIndependent = ["number", "launched_by", "appendix", "appendix_rows", "subject", "movement", "awards", "weight"];

    public static readonly string[] LaunchedByValues = ["prime-minister", "province"];

    public static readonly string[] SubjectValues = ["collective", "individual"];
}
