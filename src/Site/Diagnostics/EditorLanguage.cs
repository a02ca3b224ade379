using System.Globalization;

namespace Site.Diagnostics;

/// <summary>
/// Which language the editor reads messages in: the one asked for (`--lang`), else the one their machine works in, as
/// POSIX says a program finds it (LC_ALL, then LC_MESSAGES, then LANG; "vi_VN.UTF-8" is the language "vi"), else the
/// user interface language of the system (Windows sets no LANG). A language without a catalog, "C" and "POSIX" get
/// the messages as written (<see cref="MessageCatalog.Source"/>).
/// </summary>
public static class EditorLanguage
{
    /// <summary>The environment variables that name the language of messages, the strongest first.</summary>
    public static readonly IReadOnlyList<string> Variables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    /// <param name="asked">The value of `--lang`, if given (the command line refuses one not in <see cref="MessageCatalog.Languages"/>).</param>
    /// <param name="environment">Reads an environment variable (<see cref="Environment.GetEnvironmentVariable(string)"/>).</param>
    public static MessageCatalog Choose(string? asked, Func<string, string?> environment)
    {
        if (asked is not null && MessageCatalog.Find(asked.Trim()) is { } chosen)
        {
            return chosen;
        }

        foreach (var variable in Variables)
        {
            if (environment(variable) is { Length: > 0 } locale)
            {
                // The first variable that is set decides, as for every POSIX program: LC_ALL=C means "no translation".
                return MessageCatalog.Find(LanguageOf(locale)) ?? MessageCatalog.Source;
            }
        }

        return MessageCatalog.Find(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? MessageCatalog.Source;
    }

    /// <summary>"vi_VN.UTF-8", "vi_VN@latin", "vi.UTF-8" and "vi" are the language "vi".</summary>
    public static string LanguageOf(string locale)
    {
        var end = locale.IndexOfAny(['_', '-', '.', '@']);
        return end < 0 ? locale : locale[..end];
    }
}
