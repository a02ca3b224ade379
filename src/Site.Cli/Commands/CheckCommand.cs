using System.CommandLine;
using Site.Diagnostics;
using Site.Build;
using Site.Checking;

namespace Site.Cli.Commands;

/// <summary>`site check`: everything a build validates, without writing the site.</summary>
internal static class CheckCommand
{
    public static Command Create(MessageCatalog messages)
    {
        var options = new CommonOptions(messages);
        var command = new Command("check", messages.Say($"Validate input/ and the rendered pages (links, anchors, safety) without writing anything; exit code 1 on error."));
        var external = new Option<bool>("--external") { Description = messages.Say($"Also ask every external link's host whether it still answers (needs the network; reads the built _site/).") };
        options.AddTo(command);
        command.Options.Add(external);
        command.SetAction(async (result, cancellation) =>
        {
            var build = options.Read(result);
            var code = BuildReport.Print(SiteBuilder.Build(build, write: false), BuildReport.Checked, messages);
            if (!result.GetValue(external))
            {
                return code;
            }

            foreach (var (url, status, pages) in await ExternalLinkChecker.CheckAsync(build.OutputDirectory, cancellation))
            {
                var on = string.Join(", ", pages.Take(3)) + (pages.Count > 3 ? ", …" : string.Empty);
                Console.WriteLine(messages.Say($"{status,-6} {url}  (on {on})"));
            }

            return code;
        });
        return command;
    }
}
