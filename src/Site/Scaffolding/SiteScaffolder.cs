using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Site.Content;
using Site.Diagnostics;

namespace Site.Scaffolding;

/// <summary>
/// `site init DIR`: a complete report site for a new issuer, which builds with --strict as it is. The files come from
/// templates embedded in this assembly (Scaffolding/Template/, the schemas of Scaffolding/Schemas/) and from the
/// interface strings, award forms and glossary of the repository's own site, less what names its issuer
/// (Scaffolding/issuer-neutral.yml), so that a new site starts with every string the theme needs. The new site has the
/// languages of the template's site.yml; none is named here.
/// </summary>
public static partial class SiteScaffolder
{
    private const string TemplatePrefix = "template/";
    private const string DefaultsPrefix = "defaults/";
    private const string SchemaPrefix = "schemas/";
    private const string NeutralResource = "issuer-neutral.yml";

    /// <summary>Read once: the command line's help asks for an example per language every time it is built.</summary>
    private static readonly Lazy<IssuerNeutral> NeutralData = new(() => IssuerNeutral.Read(Read(typeof(SiteScaffolder).Assembly, NeutralResource)));

    /// <summary>The new site's languages, source first, as the template's site.yml lists them: `site init` asks the issuer's name in each.</summary>
    public static IReadOnlyList<string> Languages { get; } = TemplateLanguages();

    /// <summary>The language's own name, as the interface strings a new site starts with give it ("language_name").</summary>
    public static string LanguageName(string language) =>
        LanguageNameLine().Match(Read(typeof(SiteScaffolder).Assembly, $"{DefaultsPrefix}i18n/{language}.yml")) is { Success: true } name ? name.Groups[1].Value : language;

    /// <summary>An issuer's name written in <paramref name="language"/>, to show what `site init` asks for.</summary>
    public static string IssuerExample(string language) => Neutral.IssuerExamples.GetValueOrDefault(language, string.Empty);

    private static IssuerNeutral Neutral => NeutralData.Value;

    /// <returns>The files written, relative to <paramref name="directory"/>, in order.</returns>
    /// <exception cref="InvalidOperationException">The folder exists and is not empty, or the edition is not yyyy-MM.</exception>
    /// <param name="messages">The language of the comments in the new files (<c>{{say:…}}</c> in the templates): the editor's.</param>
    public static IReadOnlyList<string> Create(string directory, NewSite site, MessageCatalog? messages = null)
    {
        messages ??= MessageCatalog.Source;
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new RequestRefusedException($"{directory} is not empty: give a new folder");
        }

        if (!EditionId().IsMatch(site.Edition))
        {
            throw new RequestRefusedException($"the edition '{site.Edition}' is not a month written yyyy-MM, e.g. 2026-05");
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var assembly = typeof(SiteScaffolder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (name.StartsWith(TemplatePrefix, StringComparison.Ordinal))
            {
                files[name[TemplatePrefix.Length..].Replace("EDITION", site.Edition, StringComparison.Ordinal)] = Fill(Say(Read(assembly, name), messages), site);
            }
            else if (name.StartsWith(SchemaPrefix, StringComparison.Ordinal))
            {
                files[name] = Read(assembly, name);
            }
        }

        var neutral = Neutral;
        foreach (var language in Languages)
        {
            files[$"input/i18n/{language}.yml"] = $"# yaml-language-server: $schema=../../schemas/i18n.schema.json\n{NeutralStrings(Read(assembly, $"{DefaultsPrefix}i18n/{language}.yml"), neutral.Strings(language))}";
        }

        files["input/award-forms.yml"] = "# yaml-language-server: $schema=../schemas/award-forms.schema.json\n" + Read(assembly, DefaultsPrefix + "award-forms.yml");
        files["input/glossary.yml"] = "# yaml-language-server: $schema=../schemas/glossary.schema.json\n" + WithoutIssuerTerms(Read(assembly, DefaultsPrefix + "glossary.yml"), neutral.IssuerPhrases);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }

        // Every translation starts as up to date with its source, so that a later change of the source is noticed.
        foreach (var translation in files.Keys.Where(p => Languages.Skip(1).Any(language => p.EndsWith($".{language}.md", StringComparison.Ordinal))))
        {
            TranslationMarker.Mark(Path.Combine(directory, translation));
        }

        return files.Keys.ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"the tool lacks its resource {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Text.TextNormalizer.Normalize(reader.ReadToEnd());
    }

    /// <summary>The template's comments, <c># {{say:English text}}</c>, in the editor's language (Diagnostics/Messages/).</summary>
    private static string Say(string template, MessageCatalog messages) => Comment().Replace(template, match => messages.Translate(match.Groups[1].Value));

    /// <summary>Fills {{issuer.&lt;language&gt;}}, {{base_url}} and {{edition}}, escaped for the double-quoted YAML strings they stand in.</summary>
    private static string Fill(string template, NewSite site) => Placeholder().Replace(template, match => Escape(match.Groups[1].Value switch
    {
        "base_url" => site.BaseUrl.Length == 0 ? "/" : site.BaseUrl, // "/" builds a preview; --strict asks for the real one.
        "edition" => site.Edition,
        var key => site.Issuer[key["issuer.".Length..]],
    }));

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string NeutralStrings(string strings, IReadOnlyDictionary<string, string> neutral) => StringLine().Replace(strings, match =>
        neutral.TryGetValue(match.Groups[1].Value, out var value) ? $"{match.Groups[1].Value}: \"{value}\"" : match.Value);

    /// <summary>The glossary's terms, less those whose definition speaks of the repository's own issuer ("in this report, …").</summary>
    private static string WithoutIssuerTerms(string glossary, IReadOnlyList<string> issuerPhrases)
    {
        var parts = glossary.Split("\n  - id: ");
        return string.Join("\n  - id: ", parts.Take(1).Concat(parts.Skip(1).Where(term => !issuerPhrases.Any(phrase => term.Contains(phrase, StringComparison.Ordinal)))));
    }

    private static IReadOnlyList<string> TemplateLanguages()
    {
        var site = Read(typeof(SiteScaffolder).Assembly, TemplatePrefix + "input/site.yml");
        var languages = LanguagesLine().Match(site);
        return languages.Success
            ? languages.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : throw new InvalidOperationException("the tool's template site.yml lists no languages");
    }

    [GeneratedRegex(@"(?m)^language_name: ""([^""]*)""")]
    private static partial Regex LanguageNameLine();

    [GeneratedRegex(@"(?m)^languages: \[([^\]]*)\]")]
    private static partial Regex LanguagesLine();

    [GeneratedRegex(@"\{\{(issuer\.[a-z]{2,3}|base_url|edition)\}\}")]
    private static partial Regex Placeholder();

    /// <summary>A comment of a template to be said in the editor's language; the text is the key of the catalogs.</summary>
    [GeneratedRegex(@"\{\{say:(.+?)\}\}")]
    private static partial Regex Comment();

    [GeneratedRegex(@"(?m)^([a-z0-9_-]+): "".*""$")]
    private static partial Regex StringLine();

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex EditionId();
}
