using System.CommandLine;
using Site.Diagnostics;
using Site.Build;

namespace Site.Cli.Commands;

/// <summary>`site build`: builds the site into a fresh folder and swaps it in.</summary>
internal static class BuildCommand
{
    public static Command Create(MessageCatalog messages)
    {
        var options = new CommonOptions(messages);
        var command = new Command("build", messages.Say($"Build the site from input/ and theme/ into _site/ (the previous site stays if the build fails)."));
        var timings = new Option<bool>("--timings") { Description = messages.Say($"Also print how long each stage of the build took.") };
        options.AddTo(command);
        command.Options.Add(timings);
        command.SetAction(result =>
        {
            Console.WriteLine(messages.Say($"building…"));
            var build = SiteBuilder.Build(options.Read(result));
            if (result.GetValue(timings))
            {
                BuildReport.PrintTimings(build, messages);
            }

            return BuildReport.Print(build, BuildReport.Built, messages);
        });
        return command;
    }
}
