using System.CommandLine;
using Site.Cli.Commands;

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
return await root.Parse(args).InvokeAsync();
