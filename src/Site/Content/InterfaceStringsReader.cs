using Site.Diagnostics;
using Site.Text;

namespace Site.Content;

/// <summary>
/// Reads i18n/&lt;lang&gt;.yml; every language must give the language settings and define the keys the default
/// language defines, and a `slug_*` string names a folder of the site, so it must be a slug (it could otherwise lead
/// a path out of its folder).
/// </summary>
public static class InterfaceStringsReader
{
    private const string SlugPrefix = "slug_";

    public static IReadOnlyDictionary<string, InterfaceStrings> Read(IReadOnlyList<SourceFile> files, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, InterfaceStrings>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var path = $"i18n/{language}.yml";
            var file = files.FirstOrDefault(f => f.RelativePath == path);
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (file is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, $"input/{path}", SourcePosition.Start,
                    $"the interface strings for '{language}' are missing", $"Create input/{path} (copy another language's file and translate it).");
            }
            else if (YamlDocumentReader.ReadMapping(file.Text, file.DisplayPath, 0, diagnostics) is { } mapping)
            {
                var fields = new YamlFields(mapping, file.DisplayPath, 0, diagnostics);
                foreach (var key in fields.Keys)
                {
                    values[key] = fields.String(key) ?? string.Empty;
                    if (key.StartsWith(SlugPrefix, StringComparison.Ordinal) && SlugRules.ProblemWithSlug(values[key]) is { } problem)
                    {
                        diagnostics.Error(DiagnosticCodes.BadFileName, file.DisplayPath, fields.PositionOf(key),
                            $"'{values[key]}' cannot name a folder of the site ({key}): {problem}", SlugRules.SuggestSlug(values[key]));
                        values.Remove(key);
                    }
                }
            }

            result[language] = new InterfaceStrings(language, values) { File = file?.DisplayPath ?? $"input/{path}" };
        }

        foreach (var (language, strings) in result.Where(r => r.Value.Values.Count > 0))
        {
            foreach (var key in InterfaceStrings.SettingKeys.Where(k => !strings.Values.ContainsKey(k)))
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, strings.File, SourcePosition.Start,
                    $"the language setting '{key}' is missing", $"Add '{key}:' to {strings.File} (input/README.md lists the language settings).");
            }

            if (strings.Values.TryGetValue("number_format", out var sample) && NumberFormat.FromSample(sample) is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, strings.File, SourcePosition.Start,
                    $"number_format \"{sample}\" is not the number 1234.5 written with the language's separators",
                    "Write one thousand two hundred and thirty-four and a half as the language does: \"1.234,5\", \"1,234.5\" or \"1 234,5\".");
            }
        }

        var reference = result[languages[0]];
        foreach (var language in languages.Skip(1))
        {
            foreach (var key in reference.Values.Keys.Where(k => !result[language].Values.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, result[language].File, SourcePosition.Start,
                    $"interface string '{key}' is missing", $"Translate the '{key}' line of {reference.File}.");
            }
        }

        return result;
    }
}
