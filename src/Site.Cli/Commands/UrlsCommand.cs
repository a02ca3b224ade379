using System.CommandLine;
using Site.Diagnostics;
using Site.Build;
using Site.Loading;

namespace Site.Cli.Commands;

/// <summary>`site urls`: records every address the site publishes in input/published-urls.txt, so none can silently break later.</summary>
internal static class UrlsCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var command = new Command("urls", "Add every address the site now publishes to input/published-urls.txt (run before publishing; review the change).");
        options.AddTo(command);
        command.SetAction(result =>
        {
            var build = options.Read(result);
            var outcome = SiteBuilder.Build(build, write: false);
            if (!outcome.Succeeded || outcome.PublishedUrls is null)
            {
                return BuildReport.Print(outcome, "checked");
            }

            var path = Path.Combine(build.InputDirectory, ContentLoader.PublishedUrlsFile);
            var list = outcome.PublishedUrls.Value;
            File.WriteAllText(path, list);
            Console.WriteLine($"wrote {path} ({list.Count(c => c == '\n') - 2} addresses)");
            return 0;
        });
        return command;
    }
}
