using System.CommandLine;
using Site.Diagnostics;
using Site.Build;
using Site.Checking;

namespace Site.Cli.Commands;

/// <summary>`site check`: everything a build validates, without writing the site.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var command = new Command("check", "Validate input/ and the rendered pages (links, anchors, safety) without writing anything; exit code 1 on error.");
        var external = new Option<bool>("--external") { Description = "Also ask every external link's host whether it still answers (needs the network; reads the built _site/)." };
        options.AddTo(command);
        command.Options.Add(external);
        command.SetAction(async (result, cancellation) =>
        {
            var build = options.Read(result);
            var code = BuildReport.Print(SiteBuilder.Build(build, write: false), "checked");
            if (!result.GetValue(external))
            {
                return code;
            }

            foreach (var (url, status, pages) in await ExternalLinkChecker.CheckAsync(build.OutputDirectory, cancellation))
            {
                Console.WriteLine($"{status,-6} {url}  (on {string.Join(", ", pages.Take(3))}{(pages.Count > 3 ? ", …" : string.Empty)})");
            }

            return code;
        });
        return command;
    }
}
