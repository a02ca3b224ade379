using Site.Diagnostics;

namespace Site.Content;

/// <summary>
/// Reads i18n/&lt;lang&gt;.yml; every language must define the keys the default language defines, and a `slug_*` string
/// names a folder of the site, so it must be a slug (it could otherwise lead a path out of its folder).
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
