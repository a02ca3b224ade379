using System.CommandLine;
using Site.Diagnostics;
using System.Globalization;
using Site.Scaffolding;

namespace Site.Cli.Commands;

/// <summary>`site init DIR`: a new report site for another issuer, asked for what it needs when run in a terminal.</summary>
internal static class InitCommand
{

    public static Command Create(MessageCatalog messages)
    {
        var directory = new Argument<string>("directory") { Description = messages.Say($"The new site's folder (must not exist or be empty).") };
        // One option a language of the new site (--issuer-<code>), as the template's site.yml lists them.
        var issuers = SiteScaffolder.Languages.Select(language => (Language: language, Option: new Option<string?>($"--issuer-{language}")
        {
            Description = messages.Say($"The issuing authority's name in {SiteScaffolder.LanguageName(language)}, e.g. \"{SiteScaffolder.IssuerExample(language)}\"."),
        })).ToList();
        var baseUrl = new Option<string?>("--base-url") { Description = messages.Say($"The published address, e.g. https://owner.github.io/repo/ (can be set later in input/site.yml).") };
        var edition = new Option<string>("--edition")
        {
            Description = messages.Say($"The first edition's month, yyyy-MM (default: this month)."),
            DefaultValueFactory = _ => DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
        var command = new Command("init", messages.Say($"Create a new report site: site.yml, both languages' strings, one edition with the report's standard parts and empty appendix tables."))
        {
            directory, baseUrl, edition,
        };
        foreach (var (_, option) in issuers)
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var interactive = !Console.IsInputRedirected;
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (language, option) in issuers)
            {
                var name = result.GetValue(option)
                    ?? (interactive ? Ask(messages.Say($"Issuer's name ({SiteScaffolder.LanguageName(language)}, e.g. {SiteScaffolder.IssuerExample(language)}): ")) : null);
                if (string.IsNullOrWhiteSpace(name))
                {
                    var options = string.Join(" ", issuers.Select(i => $"--issuer-{i.Language} \"…\""));
                    Console.Error.WriteLine(messages.Say($"error: the issuer's name is needed in every language of the site: pass {options} (or run site init in a terminal to be asked)"));
                    return 1;
                }

                names[language] = name.Trim();
            }

            var url = result.GetValue(baseUrl) ?? (interactive ? Ask(messages.Say($"Published address (e.g. https://owner.github.io/repo/; Enter: later): ")) : null) ?? string.Empty;
            try
            {
                var folder = result.GetValue(directory)!;
                var site = new NewSite(names, url.Trim(), result.GetValue(edition)!);
                var files = SiteScaffolder.Create(folder, site, messages);
                Console.WriteLine(messages.Say($"created {files.Count} files in {folder}: cd {folder}, then `site serve` to look at it, `site build --strict` to publish."));
                if (site.BaseUrl.Length == 0)
                {
                    var config = Path.Combine(folder, "input", "site.yml");
                    Console.WriteLine(messages.Say($"Set base_url in {config} before publishing: `site build --strict` refuses a site without one."));
                }

                return 0;
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(messages.Say($"error: {Refusal.Reason(e)}"));
                return 1;
            }
        });
        return command;
    }

    private static string? Ask(string question)
    {
        Console.Write(question);
        return Console.ReadLine();
    }
}
