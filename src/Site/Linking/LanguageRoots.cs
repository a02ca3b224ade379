namespace Site.Linking;

/// <summary>
/// The default language's pages live at the root ("/" is its home), so "/vi/" would be a 404 where a reader, or a
/// link that adds the language, expects a page. As Hugo does, that address answers with a redirect page (a meta
/// refresh, the canonical address and a link) to the home page. Every other language root is a page already.
/// </summary>
public static class LanguageRoots
{
    /// <summary>The addresses that redirect to <paramref name="language"/>'s home page: its language folder, when the home is not there.</summary>
    public static IReadOnlyList<string> For(UrlScheme urls, string language)
    {
        var root = $"{language}/";
        return urls.Home(language) == root ? [] : [root];
    }
}
