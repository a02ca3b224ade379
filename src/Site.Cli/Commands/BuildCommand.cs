using System.CommandLine;
using Site.Build;

namespace Site.Cli.Commands;

/// <summary>`site build`: builds the site into a fresh folder and swaps it in.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var command = new Command("build", "Build the site from input/ and theme/ into _site/ (the previous site stays if the build fails).");
        options.AddTo(command);
        command.SetAction(result =>
        {
            Console.WriteLine("building…");
            return BuildReport.Print(SiteBuilder.Build(options.Read(result)), "built");
        });
        return command;
    }
}
