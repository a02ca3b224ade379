using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content;

/// <summary>
/// Which version of its source a translation renders: a short hash of the source's text, recorded in the
/// translation's `source_hash` when the translator marks it done (`site translated`). Only what a translator
/// translates counts: the body and the front-matter values, whatever their order or layout. Where and in which
/// order the page stands (aliases, weight, slug, draft) and comments do not make a translation stale.
/// </summary>
public static class TranslationFreshness
{
    /// <summary>Keys that place or order a page without changing a word of it.</summary>
    public static readonly string[] NotText = ["aliases", "weight", "slug", "draft", "source_hash"];

    /// <param name="sourceText">The source file as read (NFC, LF line ends).</param>
    public static string Hash(string sourceText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TextOf(sourceText))))[..12];

    /// <summary>True when the translation records a source version that is no longer the source's.</summary>
    public static bool IsStale(PageSource source, PageSource translation) =>
        translation.Meta.SourceHash is { } recorded && recorded != Hash(source.File.Text);

    /// <summary>
    /// The translated text in one canonical form: the front matter's values as sorted JSON, then the body with its
    /// trailing blank lines trimmed. A file whose front matter cannot be read counts whole (the build reports why).
    /// </summary>
    private static string TextOf(string sourceText)
    {
        var lines = sourceText.Split('\n');
        var close = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
        if (lines[0].TrimEnd() != "---" || close < 0 || FrontMatter(string.Join('\n', lines[1..close])) is not { } values)
        {
            return sourceText;
        }

        return values.ToJsonString() + "\n" + string.Join('\n', lines[(close + 1)..]).TrimEnd('\n', ' ');
    }

    private static JsonObject? FrontMatter(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? []
                : stream.Documents[0].RootNode is YamlMappingNode mapping ? Object(mapping, NotText) : null;
        }
        catch (Exception e) when (e is YamlException or ArgumentException)
        {
            return null; // Invalid YAML or a duplicate key: the page reader reports it.
        }
    }

    private static JsonObject Object(YamlMappingNode mapping, string[] skipped) => new(mapping.Children
        .Select(c => KeyValuePair.Create(c.Key is YamlScalarNode key ? key.Value ?? string.Empty : c.Key.ToString(), Json(c.Value)))
        .Where(c => !skipped.Contains(c.Key, StringComparer.Ordinal))
        .OrderBy(c => c.Key, StringComparer.Ordinal));

    private static JsonNode? Json(YamlNode node) => node switch
    {
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Json)]),
        YamlMappingNode mapping => Object(mapping, []),
        _ => null,
    };
}
