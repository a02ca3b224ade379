using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Site.Diagnostics;

namespace Site.Cli;

/// <summary>
/// The help in the editor's language. Our descriptions are written in it already; System.CommandLine's own words (the
/// section headings, the help and version options) are not translated into every language, so its help is written
/// aside and each heading is replaced by ours.
/// </summary>
internal static class HelpText
{
    public static void Localize(RootCommand root, MessageCatalog messages)
    {
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = messages.Say($"Show help and usage information.");
                    help.Action = new LocalizedHelp((SynchronousCommandLineAction)help.Action!, messages);
                    break;
                case VersionOption version:
                    version.Description = messages.Say($"Show the version.");
                    break;
            }
        }
    }

    private sealed class LocalizedHelp(SynchronousCommandLineAction help, MessageCatalog messages) : SynchronousCommandLineAction
    {
        private readonly Dictionary<string, Translatable> _headings = new(StringComparer.Ordinal)
        {
            ["Description:"] = $"Description:",
            ["Usage:"] = $"Usage:",
            ["Arguments:"] = $"Arguments:",
            ["Options:"] = $"Options:",
            ["Commands:"] = $"Commands:",
        };

        public override int Invoke(ParseResult parseResult)
        {
            var output = parseResult.InvocationConfiguration.Output;
            using var aside = new StringWriter();
            parseResult.InvocationConfiguration.Output = aside;
            int code;
            try
            {
                code = help.Invoke(parseResult);
            }
            finally
            {
                parseResult.InvocationConfiguration.Output = output;
            }

            foreach (var line in aside.ToString().Split('\n'))
            {
                output.Write(_headings.TryGetValue(line.TrimEnd('\r'), out var heading) ? messages.Say(heading) : line);
                output.Write('\n');
            }

            return code;
        }
    }
}
