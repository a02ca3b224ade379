using System.CommandLine;
using Site.Diagnostics;

namespace Site.Cli;

/// <summary>
/// `--lang CODE` on every command: the language of the help, the messages and the summary, else the machine's
/// (<see cref="EditorLanguage"/>). It is read before the command line is parsed, since the help itself is written in it.
/// </summary>
internal static class LanguageOption
{
    public const string Name = "--lang";

    public static Option<string> Create(MessageCatalog messages)
    {
        var option = new Option<string>(Name)
        {
            Description = messages.Say($"The language of messages and help: {string.Join(", ", MessageCatalog.Languages)} (default: the language of this computer, from LC_ALL, LC_MESSAGES or LANG)."),
            Recursive = true,
            HelpName = string.Join("|", MessageCatalog.Languages),
        };
        option.AcceptOnlyFromAmong([.. MessageCatalog.Languages]);
        return option;
    }

    /// <summary>The language asked for in <paramref name="args"/> ("--lang vi" or "--lang=vi"), if any.</summary>
    public static string? Find(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == Name && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith(Name + "=", StringComparison.Ordinal))
            {
                return args[i][(Name.Length + 1)..];
            }
        }

        return null;
    }
}
