using System.Globalization;
using Site.Diagnostics;
using Site.Text;
using YamlDotNet.RepresentationModel;

namespace Site.Content;

/// <summary>
/// Typed reading of one YAML mapping with a diagnostic, at the value's position, for every missing key,
/// wrong type and unknown key (with "did you mean").
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode node, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        _node = node;
        File = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
        foreach (var (key, value) in node.Children)
        {
            _entries[(key as YamlScalarNode)?.Value ?? string.Empty] = (key, value);
        }
    }

    public string File { get; }

    public DiagnosticBag Diagnostics => _diagnostics;

    public SourcePosition Start => YamlDocumentReader.Position(_node.Start, _lineOffset);

    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key) => _entries.ContainsKey(key);

    public SourcePosition PositionOf(string key) =>
        _entries.TryGetValue(key, out var entry) ? YamlDocumentReader.Position(entry.Value.Start, _lineOffset) : Start;

    public SourcePosition KeyPosition(string key) =>
        _entries.TryGetValue(key, out var entry) ? YamlDocumentReader.Position(entry.Key.Start, _lineOffset) : Start;

    /// <summary>Every key must be one of <paramref name="allowed"/>: a typo in a key would otherwise be silently ignored.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed, Translatable where)
    {
        foreach (var key in _entries.Keys.Where(k => !allowed.Contains(k)).OrderBy(k => k, StringComparer.Ordinal))
        {
            var suggestion = Suggestions.DidYouMean(key, allowed);
            _diagnostics.Error(DiagnosticCodes.UnknownKey, File, KeyPosition(key),
                $"unknown key '{key}' in {where} {suggestion}",
                $"Allowed keys: {string.Join(", ", allowed.OrderBy(a => a, StringComparer.Ordinal))}.");
        }
    }

    public string? String(string key, bool required = false)
    {
        if (!TryScalar(key, required, "a text", out var scalar))
        {
            return null;
        }

        return TextNormalizer.StripInvisible(scalar.Value ?? string.Empty).Trim();
    }

    public int? Int(string key, bool required = false)
    {
        if (!TryScalar(key, required, "a whole number", out var scalar))
        {
            return null;
        }

        if (scalar.Style is YamlDotNet.Core.ScalarStyle.Plain
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongType(key, "a whole number", scalar.Value);
        return null;
    }

    public bool? Bool(string key)
    {
        if (!TryScalar(key, required: false, "true or false", out var scalar))
        {
            return null;
        }

        switch (scalar.Value)
        {
            case "true" when scalar.Style is YamlDotNet.Core.ScalarStyle.Plain:
                return true;
            case "false" when scalar.Style is YamlDotNet.Core.ScalarStyle.Plain:
                return false;
            default:
                WrongType(key, "true or false", scalar.Value);
                return null;
        }
    }

    public IReadOnlyList<string> StringList(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return [];
        }

        if (entry.Value is YamlScalarNode single && !string.IsNullOrEmpty(single.Value))
        {
            return [TextNormalizer.StripInvisible(single.Value).Trim()];
        }

        if (entry.Value is not YamlSequenceNode sequence)
        {
            WrongType(key, "a list", null);
            return [];
        }

        var items = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } text })
            {
                items.Add(TextNormalizer.StripInvisible(text).Trim());
            }
            else
            {
                _diagnostics.Error(DiagnosticCodes.WrongType, File, YamlDocumentReader.Position(item.Start, _lineOffset),
                    $"'{key}' must be a list of texts", $"Write each item as '- text'.");
            }
        }

        return items;
    }

    /// <summary>`key: text` (the same in every language) or `key: { vi: …, en: … }`.</summary>
    public LocalizedText? Localized(string key, bool required = false)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        if (entry.Value is YamlScalarNode scalar)
        {
            return LocalizedText.Same(TextNormalizer.StripInvisible(scalar.Value ?? string.Empty).Trim());
        }

        if (entry.Value is not YamlMappingNode mapping)
        {
            WrongType(key, "a text, or one text per language (vi:, en:)", null);
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in mapping.Children)
        {
            if (k is YamlScalarNode { Value: { } language } && v is YamlScalarNode { Value: var text })
            {
                values[language] = TextNormalizer.StripInvisible(text ?? string.Empty).Trim();
            }
            else
            {
                _diagnostics.Error(DiagnosticCodes.WrongType, File, YamlDocumentReader.Position(k.Start, _lineOffset),
                    $"'{key}' must give one text per language", $"Write 'vi: …' and 'en: …' under it.");
            }
        }

        return new LocalizedText(values);
    }

    public YamlFields? Map(string key, bool required = false)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        if (entry.Value is YamlMappingNode mapping)
        {
            return new YamlFields(mapping, File, _lineOffset, _diagnostics);
        }

        if (entry.Value is YamlScalarNode { Value: null or "" })
        {
            return new YamlFields(new YamlMappingNode(), File, _lineOffset, _diagnostics);
        }

        WrongType(key, "a group of 'key: value' lines", null);
        return null;
    }

    public IReadOnlyList<YamlFields> MapList(string key, bool required = false)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (required)
            {
                Missing(key);
            }

            return [];
        }

        if (entry.Value is not YamlSequenceNode sequence)
        {
            WrongType(key, "a list", null);
            return [];
        }

        var result = new List<YamlFields>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                result.Add(new YamlFields(mapping, File, _lineOffset, _diagnostics));
            }
            else
            {
                _diagnostics.Error(DiagnosticCodes.WrongType, File, YamlDocumentReader.Position(item.Start, _lineOffset),
                    $"each item of '{key}' must be a group of 'key: value' lines", null);
            }
        }

        return result;
    }

    /// <summary>The raw scalar entries of a mapping (for tables of cells).</summary>
    public IEnumerable<(string Key, string? Value, SourcePosition At, bool Quoted)> Scalars()
    {
        foreach (var (key, (_, value)) in _entries)
        {
            if (value is YamlScalarNode scalar)
            {
                yield return (key, scalar.Value, YamlDocumentReader.Position(scalar.Start, _lineOffset), scalar.Style is not YamlDotNet.Core.ScalarStyle.Plain);
            }
            else
            {
                _diagnostics.Error(DiagnosticCodes.WrongType, File, YamlDocumentReader.Position(value.Start, _lineOffset),
                    $"'{key}' must be a single value", null);
            }
        }
    }

    public void Missing(string key) =>
        _diagnostics.Error(DiagnosticCodes.MissingKey, File, Start, $"missing required key '{key}'", $"Add a line '{key}: …'.");

    private bool TryScalar(string key, bool required, string expected, out YamlScalarNode scalar)
    {
        scalar = null!;
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (required)
            {
                Missing(key);
            }

            return false;
        }

        if (entry.Value is not YamlScalarNode node)
        {
            WrongType(key, expected, null);
            return false;
        }

        if (required && string.IsNullOrWhiteSpace(node.Value))
        {
            _diagnostics.Error(DiagnosticCodes.MissingKey, File, PositionOf(key), $"'{key}' is empty", $"Give '{key}' a value.");
            return false;
        }

        scalar = node;
        return !string.IsNullOrEmpty(node.Value) || required;
    }

    private void WrongType(string key, string expected, string? actual)
    {
        var shown = actual is null ? string.Empty : $", not '{actual}'";
        _diagnostics.Error(DiagnosticCodes.WrongType, File, PositionOf(key), $"'{key}' must be {expected}{shown}", null);
    }
}
