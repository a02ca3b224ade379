using System.CommandLine;
using Site.Cli;
using Site.Cli.Commands;
using Site.Diagnostics;

// A thin command line: every command is a file in Commands/, all logic lives in the Site library.
var root = new RootCommand("site: builds a bilingual static site from input/ (Markdown, YAML) and theme/ (Liquid).")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
    TranslatedCommand.Create(),
    UrlsCommand.Create(),
    InitCommand.Create(),
};
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // Never a stack trace: a failure the input did not cause is one diagnostic, and exit code 2 tells it from a failed build (1).
    Console.Error.WriteLine(InternalError.Describe(e).ToString());
    return 2;
}
