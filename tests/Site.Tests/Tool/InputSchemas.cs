using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Site.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Tests.Tool;

/// <summary>
/// The JSON Schemas the tool ships (src/Site/Scaffolding/Schemas/), loaded from their files as an editor loads them,
/// and which schema an input file answers to (the same rule `site init` uses to write the `$schema` comments).
/// </summary>
internal static partial class InputSchemas
{
    public static readonly string Folder = Path.Combine(TestSite.RepositoryRoot, "src", "Site", "Scaffolding", "Schemas");

    private static readonly Uri SchemaBase = new("https://schemas.invalid/");

    private static readonly Lazy<(BuildOptions Options, Dictionary<string, JsonSchema> Schemas)> Loaded = new(Load);

    /// <summary>The schema of an input file by its path under input/, e.g. "editions/2022-05/appendices/01.yml"; null for files no schema covers.</summary>
    public static string? SchemaFor(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        var name = Path.GetFileName(path);
        return path switch
        {
            "site.yml" => "site",
            "glossary.yml" => "glossary",
            "award-forms.yml" => "award-forms",
            "names.yml" => "names",
            _ when path.StartsWith("i18n/", StringComparison.Ordinal) && name.EndsWith(".yml", StringComparison.Ordinal) => "i18n",
            _ when name == "edition.yml" => "edition",
            _ when path.StartsWith("editions/", StringComparison.Ordinal) && name is "press.yml" or "places.yml" or "corrections.yml" => name[..^4],
            _ when path.Contains("/appendices/", StringComparison.Ordinal) && name.EndsWith(".yml", StringComparison.Ordinal) => "appendix",
            _ when !name.EndsWith(".md", StringComparison.Ordinal) => null,
            _ when name.StartsWith("_index.", StringComparison.Ordinal) || path.StartsWith("pages/", StringComparison.Ordinal) => "page",
            _ when name.StartsWith("summary.", StringComparison.Ordinal) && path.Count(c => c == '/') == 2 => "page",
            _ when path.Contains("/report/", StringComparison.Ordinal) => "chapter",
            _ when path.Contains("/movements/", StringComparison.Ordinal) => "movement",
            _ when path.Contains("/stories/", StringComparison.Ordinal) => "story",
            _ => null,
        };
    }

    /// <summary>The problems the schema finds in <paramref name="yaml"/> (a YAML file or a page's front matter); empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(string schema, string yaml)
    {
        var (_, schemas) = Loaded.Value;
        var instance = JsonSerializer.SerializeToElement(ToJson(yaml));
        var result = schemas[schema].Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).DefaultIfEmpty("invalid").ToList();
    }

    /// <summary>The YAML between a page's '---' lines.</summary>
    public static string FrontMatter(string page)
    {
        var match = FrontMatterBlock().Match(page.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.True(match.Success, "the page has no front matter");
        return match.Groups[1].Value;
    }

    private static (BuildOptions, Dictionary<string, JsonSchema>) Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        // common.schema.json first: the others refer to its definitions by a path relative to their own, as an editor
        // resolves them beside the files. One base address for all of them gives the same resolution here.
        foreach (var file in Directory.EnumerateFiles(Folder, "*.schema.json").OrderBy(f => Path.GetFileName(f) != "common.schema.json").ThenBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file)[..^".schema.json".Length];
            schemas[name] = JsonSchema.FromText(File.ReadAllText(file), options, new Uri(SchemaBase, Path.GetFileName(file)));
        }

        return (options, schemas);
    }

    /// <summary>YAML as JSON by the YAML 1.2 core schema: plain true/false, numbers and null are typed; quoted scalars are strings.</summary>
    private static JsonNode? ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? new JsonObject() : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain } plain => Plain(plain.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType}"),
    };

    private static JsonNode? Plain(string value) => value switch
    {
        "" or "~" or "null" => null,
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
        _ when FloatLiteral().IsMatch(value) => JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value),
    };

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatLiteral();

    [GeneratedRegex(@"^---\n(.*?)\n(---|\.\.\.)\s*(\n|$)", RegexOptions.Singleline)]
    private static partial Regex FrontMatterBlock();
}
