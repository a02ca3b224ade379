using System.Collections.Frozen;
using System.Reflection;
using System.Resources;
using YamlDotNet.RepresentationModel;

namespace Site.Diagnostics;

/// <summary>
/// The generator's messages in one language: a data file Messages/LANGUAGE.yml embedded in this assembly, which maps each
/// English template (as <see cref="Translatable.Template"/> writes it) to its translation. The language the templates are
/// written in is the assembly's neutral resources language (NeutralLanguage in Site.csproj): its catalog is the
/// templates themselves, complete by construction, and the fallback for any template another catalog lacks.
/// </summary>
public sealed class MessageCatalog
{
    private const string ResourcePrefix = "messages/";
    private const string ResourceSuffix = ".yml";

    private static readonly Assembly Library = typeof(MessageCatalog).Assembly;

    private static readonly Lazy<FrozenDictionary<string, MessageCatalog>> Translated = new(LoadAll);

    private readonly FrozenDictionary<string, string> _translations;

    private MessageCatalog(string language, FrozenDictionary<string, string> translations)
    {
        Language = language;
        _translations = translations;
    }

    /// <summary>The language's code, as in a locale name (the part of "xx_YY.UTF-8" before the region).</summary>
    public string Language { get; }

    /// <summary>Every template this catalog translates, with its translation.</summary>
    public IReadOnlyDictionary<string, string> Translations => _translations;

    /// <summary>The language the messages are written in.</summary>
    public static MessageCatalog Source { get; } = new(
        Library.GetCustomAttribute<NeutralResourcesLanguageAttribute>()?.CultureName
            ?? throw new InvalidOperationException("Site.csproj names no NeutralLanguage"),
        FrozenDictionary<string, string>.Empty);

    /// <summary>The codes of every language a message can be shown in, the source language first.</summary>
    public static IReadOnlyList<string> Languages => [Source.Language, .. Translated.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The catalog of <paramref name="language"/> (a code of <see cref="Languages"/>), or null when there is none.</summary>
    public static MessageCatalog? Find(string language) =>
        string.Equals(language, Source.Language, StringComparison.OrdinalIgnoreCase) ? Source
        : Translated.Value.TryGetValue(language.ToLowerInvariant(), out var catalog) ? catalog
        : null;

    /// <summary><paramref name="text"/> in this language: <c>messages.Say($"building…")</c>.</summary>
    public string Say(Translatable text) => text.ToString(this);

    /// <summary>The translation of <paramref name="template"/>, or the template itself when this catalog lacks it.</summary>
    public string Translate(string template) => _translations.TryGetValue(template, out var translation) ? translation : template;

    /// <summary>Reads a catalog's text: one "template": "translation" line per message (the format of Messages/*.yml).</summary>
    public static MessageCatalog Parse(string language, string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var translations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                if (key is YamlScalarNode { Value: { } template } && value is YamlScalarNode { Value: { } translation })
                {
                    // Compared in Unicode's composed form (NFC), whatever form the editor of the file saved.
                    translations[template.Normalize()] = translation.Normalize();
                }
            }
        }

        return new MessageCatalog(language, translations.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static FrozenDictionary<string, MessageCatalog> LoadAll()
    {
        var catalogs = new Dictionary<string, MessageCatalog>(StringComparer.Ordinal);
        foreach (var name in Library.GetManifestResourceNames())
        {
            if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                var language = name[ResourcePrefix.Length..^ResourceSuffix.Length];
                using var stream = Library.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                catalogs[language] = Parse(language, reader.ReadToEnd());
            }
        }

        return catalogs.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
