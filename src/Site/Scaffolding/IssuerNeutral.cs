using YamlDotNet.RepresentationModel;

namespace Site.Scaffolding;

/// <summary>
/// Scaffolding/issuer-neutral.yml: per language, the interface strings a new site says instead of the repository's
/// own (which name its province), the phrases by which a glossary definition speaks of the repository's report, and
/// an example of an issuer's name in each language.
/// </summary>
internal sealed record IssuerNeutral(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByLanguage, IReadOnlyList<string> IssuerPhrases, IReadOnlyDictionary<string, string> IssuerExamples)
{
    public IReadOnlyDictionary<string, string> Strings(string language) =>
        ByLanguage.TryGetValue(language, out var strings) ? strings : new Dictionary<string, string>();

    /// <exception cref="InvalidOperationException">The tool's own file is malformed (a defect of the tool, not of the input).</exception>
    private static IReadOnlyList<string> Phrases(YamlMappingNode root) =>
        root.Children.TryGetValue(new YamlScalarNode("issuer_phrases"), out var phrases) && phrases is YamlSequenceNode list
            ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList()
            : throw new InvalidOperationException("the tool's issuer-neutral.yml has no issuer_phrases list");

    public static IssuerNeutral Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var byLanguage = ((YamlMappingNode)root.Children[new YamlScalarNode("strings")]).Children.ToDictionary(
            language => ((YamlScalarNode)language.Key).Value!,
            language => Scalars((YamlMappingNode)language.Value),
            StringComparer.Ordinal);
        return new IssuerNeutral(byLanguage, Phrases(root), Scalars((YamlMappingNode)root.Children[new YamlScalarNode("issuer_examples")]));
    }

    private static IReadOnlyDictionary<string, string> Scalars(YamlMappingNode mapping) => mapping.Children.ToDictionary(
        entry => ((YamlScalarNode)entry.Key).Value!,
        entry => ((YamlScalarNode)entry.Value).Value ?? string.Empty,
        StringComparer.Ordinal);
}
