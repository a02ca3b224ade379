using System.CommandLine;
using Site.Diagnostics;
using Site.Content;

namespace Site.Cli.Commands;

/// <summary>`site new movement|story|page NAME`: both language files with every required key, ready to fill.</summary>
internal static class NewCommand
{
    public static Command Create(MessageCatalog messages)
    {
        var kind = new Argument<string>("kind") { Description = messages.Say($"movement, story or page") };
        kind.AcceptOnlyFromAmong("movement", "story", "page", "chapter");
        var name = new Argument<string>("name") { Description = messages.Say($"The file name (stem), e.g. covid-19") };
        var edition = new Option<string?>("--edition") { Description = messages.Say($"The edition folder (default: the newest).") };
        var input = new Option<string>("--input") { Description = messages.Say($"The content folder."), DefaultValueFactory = _ => "input" };
        var command = new Command("new", messages.Say($"Create a new page in both languages with every required front-matter key.")) { kind, name, edition, input };
        command.SetAction(result =>
        {
            try
            {
                foreach (var path in PageScaffolder.Create(result.GetValue(input)!, result.GetValue(kind)!, result.GetValue(name)!, result.GetValue(edition)))
                {
                    Console.WriteLine(messages.Say($"created {path}"));
                }

                return 0;
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine(messages.Say($"error: {Refusal.Reason(e)}"));
                return 1;
            }
        });
        return command;
    }
}
