using System.Text.RegularExpressions;

namespace Site.Content;

/// <summary>
/// input/README.md, the editors' guide, and its translations beside it (README.LANG.md): read by people, never a page
/// of the site, and not a file the build forgot.
/// </summary>
public static partial class EditorsGuide
{
    public static bool Is(string relativePath) => Name().IsMatch(relativePath);

    [GeneratedRegex(@"^README(\.[a-z]{2,3})?\.md$")]
    private static partial Regex Name();
}
