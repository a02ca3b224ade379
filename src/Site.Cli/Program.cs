using System.CommandLine;
using Site.Cli;
using Site.Cli.Commands;
using Site.Diagnostics;

// A thin command line: every command is a file in Commands/, all logic lives in the Site library. It speaks the
// editor's language (--lang, else the machine's), which must be known before the help texts are made.
var messages = EditorLanguage.Choose(LanguageOption.Find(args), Environment.GetEnvironmentVariable);
var root = new RootCommand(messages.Say($"site: builds a bilingual static site from input/ (Markdown, YAML) and theme/ (Liquid)."))
{
    BuildCommand.Create(messages),
    CheckCommand.Create(messages),
    ServeCommand.Create(messages),
    NewCommand.Create(messages),
    TranslatedCommand.Create(messages),
    UrlsCommand.Create(messages),
    InitCommand.Create(messages),
};
root.Options.Add(LanguageOption.Create(messages));
HelpText.Localize(root, messages);
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // Never a stack trace: a failure the input did not cause is one diagnostic, and exit code 2 tells it from a failed build (1).
    Console.Error.WriteLine(InternalError.Describe(e).ToString(messages));
    return 2;
}
