using System.CommandLine;
using System.Globalization;
using Site.Scaffolding;

namespace Site.Cli.Commands;

/// <summary>`site init DIR`: a new report site for another issuer, asked for what it needs when run in a terminal.</summary>
internal static class InitCommand
{
    // Each text the command shows is one constant, in both languages, until messages follow the editor's language.
    private const string AskIssuer = "Tên cơ quan ban hành / Issuer's name";
    private const string AskBaseUrl = "Địa chỉ công bố / Published address (e.g. https://owner.github.io/repo/; Enter: later): ";

    public static Command Create()
    {
        var directory = new Argument<string>("directory") { Description = "The new site's folder (must not exist or be empty)." };
        // One option a language of the new site (--issuer-<code>), as the template's site.yml lists them.
        var issuers = SiteScaffolder.Languages.Select(language => (Language: language, Option: new Option<string?>($"--issuer-{language}")
        {
            Description = $"The issuing authority's name in {SiteScaffolder.LanguageName(language)}, e.g. \"{SiteScaffolder.IssuerExample(language)}\".",
        })).ToList();
        var baseUrl = new Option<string?>("--base-url") { Description = "The published address, e.g. https://owner.github.io/repo/ (can be set later in input/site.yml)." };
        var edition = new Option<string>("--edition")
        {
            Description = "The first edition's month, yyyy-MM (default: this month).",
            DefaultValueFactory = _ => DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
        var command = new Command("init", "Create a new report site: site.yml, both languages' strings, one edition with the report's standard parts and empty appendix tables.")
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
                    ?? (interactive ? Ask($"{AskIssuer} ({SiteScaffolder.LanguageName(language)}, e.g. {SiteScaffolder.IssuerExample(language)}): ") : null);
                if (string.IsNullOrWhiteSpace(name))
                {
                    Console.Error.WriteLine($"error: the issuer's name is needed in every language of the site: pass {string.Join(" and ", issuers.Select(i => $"--issuer-{i.Language} \"…\""))} (or run site init in a terminal to be asked)");
                    return 1;
                }

                names[language] = name.Trim();
            }

            var url = result.GetValue(baseUrl) ?? (interactive ? Ask(AskBaseUrl) : null) ?? string.Empty;
            try
            {
                var folder = result.GetValue(directory)!;
                var site = new NewSite(names, url.Trim(), result.GetValue(edition)!);
                var files = SiteScaffolder.Create(folder, site);
                Console.WriteLine($"created {files.Count} files in {folder}: cd {folder}, then `site serve` to look at it, `site build --strict` to publish.");
                if (site.BaseUrl.Length == 0)
                {
                    Console.WriteLine($"Set base_url in {Path.Combine(folder, "input", "site.yml")} before publishing: `site build --strict` refuses a site without one.");
                }

                return 0;
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
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
