using System.CommandLine;
using Site.Build;

namespace Site.Cli.Commands;

/// <summary>`site check`: everything a build validates, without writing the site.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var command = new Command("check", "Validate input/ and the rendered pages (links, anchors, safety) without writing anything; exit code 1 on error.");
        options.AddTo(command);
        command.SetAction(result => BuildReport.Print(SiteBuilder.Build(options.Read(result), write: false), "checked"));
        return command;
    }
}
