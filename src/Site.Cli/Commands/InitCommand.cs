using System.CommandLine;
using System.Globalization;
using Site.Scaffolding;

namespace Site.Cli.Commands;

/// <summary>`site init DIR`: a new report site for another issuer, asked for what it needs when run in a terminal.</summary>
internal static class InitCommand
{
    // Each text the command shows is one constant, in both languages, until messages follow the editor's language.
    private const string AskIssuerVi = "Tên cơ quan ban hành, tiếng Việt / Issuer's name in Vietnamese (e.g. Ủy ban nhân dân tỉnh Yên Bái): ";
    private const string AskIssuerEn = "Tên cơ quan ban hành, tiếng Anh / Issuer's name in English (e.g. People's Committee of Yên Bái Province): ";
    private const string AskBaseUrl = "Địa chỉ công bố / Published address (e.g. https://owner.github.io/repo/; Enter: later): ";

    public static Command Create()
    {
        var directory = new Argument<string>("directory") { Description = "The new site's folder (must not exist or be empty)." };
        var issuerVi = new Option<string?>("--issuer-vi") { Description = "The issuing authority's name in Vietnamese, e.g. \"Ủy ban nhân dân tỉnh Yên Bái\"." };
        var issuerEn = new Option<string?>("--issuer-en") { Description = "The issuing authority's name in English, e.g. \"People's Committee of Yên Bái Province\"." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The published address, e.g. https://owner.github.io/repo/ (can be set later in input/site.yml)." };
        var edition = new Option<string>("--edition")
        {
            Description = "The first edition's month, yyyy-MM (default: this month).",
            DefaultValueFactory = _ => DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
        var command = new Command("init", "Create a new report site: site.yml, both languages' strings, one edition with the report's standard parts and empty appendix tables.")
        {
            directory, issuerVi, issuerEn, baseUrl, edition,
        };
        command.SetAction(result =>
        {
            var interactive = !Console.IsInputRedirected;
            var vi = result.GetValue(issuerVi) ?? (interactive ? Ask(AskIssuerVi) : null);
            var en = result.GetValue(issuerEn) ?? (interactive ? Ask(AskIssuerEn) : null);
            if (string.IsNullOrWhiteSpace(vi) || string.IsNullOrWhiteSpace(en))
            {
                Console.Error.WriteLine("error: the issuer's name is needed in both languages: pass --issuer-vi \"…\" and --issuer-en \"…\" (or run site init in a terminal to be asked)");
                return 1;
            }

            var url = result.GetValue(baseUrl) ?? (interactive ? Ask(AskBaseUrl) : null) ?? string.Empty;
            try
            {
                var folder = result.GetValue(directory)!;
                var site = new NewSite(new Dictionary<string, string> { ["vi"] = vi.Trim(), ["en"] = en.Trim() }, url.Trim(), result.GetValue(edition)!);
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
