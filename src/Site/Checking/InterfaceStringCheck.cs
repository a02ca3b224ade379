using System.Text.RegularExpressions;
using Site.Content;
using Site.Diagnostics;
using Site.Theming;

namespace Site.Checking;

/// <summary>
/// A missing interface string is an error naming the key and the i18n file that lacks it, never its key printed on the
/// page: before rendering for every `t.key` the theme's layouts use, after rendering for every key the build asked for.
/// </summary>
public static partial class InterfaceStringCheck
{
    /// <summary>
    /// Reports keys the layouts use that a language lacks, and returns the strings with those keys filled in (with the
    /// key itself), so that rendering goes on and reports its own problems, not this one again. A key the default
    /// language has is already reported missing from the others by <see cref="InterfaceStringsReader"/>.
    /// </summary>
    /// <param name="theme">Every layer of the theme: a layout the site's theme/ lacks comes from the tool's, and its keys count too.</param>
    public static IReadOnlyDictionary<string, InterfaceStrings> CheckLayouts(
        ThemeFolders theme, IReadOnlyDictionary<string, InterfaceStrings> strings, string defaultLanguage, DiagnosticBag diagnostics)
    {
        var used = new SortedDictionary<string, (string File, SourcePosition At)>(StringComparer.Ordinal);
        foreach (var (relative, path) in theme.Files("layouts").Where(f => f.RelativePath.EndsWith(".liquid", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match match in KeyUse().Matches(lines[i]))
                {
                    used.TryAdd(match.Groups[1].Value, ("theme/layouts/" + relative, new SourcePosition(i + 1, match.Index + 1)));
                }
            }
        }

        var completed = new Dictionary<string, InterfaceStrings>(StringComparer.Ordinal);
        foreach (var (language, values) in strings)
        {
            var missing = used.Where(u => !values.Values.ContainsKey(u.Key)).ToList();
            foreach (var (key, (file, at)) in missing.Where(m => language == defaultLanguage || !strings[defaultLanguage].Values.ContainsKey(m.Key)))
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, values.File, SourcePosition.Start,
                    $"interface string '{key}' is missing ({file} line {at.Line} uses it)", $"Add a line '{key}: …' to {values.File}.");
            }

            completed[language] = missing.Count == 0 ? values : values with
            {
                Values = values.Values.Concat(missing.Select(m => KeyValuePair.Create(m.Key, m.Key))).ToDictionary(StringComparer.Ordinal),
            };
        }

        return completed;
    }

    /// <summary>Keys the build itself asked for (labels it writes from code) that a language lacks, unless reported already.</summary>
    public static void CheckLookups(IReadOnlyDictionary<string, InterfaceStrings> strings, string defaultLanguage, DiagnosticBag diagnostics)
    {
        foreach (var (language, values) in strings)
        {
            foreach (var key in values.Missing.Where(k => language == defaultLanguage || !strings[defaultLanguage].Values.ContainsKey(k)))
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, values.File, SourcePosition.Start,
                    $"interface string '{key}' is missing (the build writes it on pages)", $"Add a line '{key}: …' to {values.File}.");
            }
        }
    }

    [GeneratedRegex(@"(?<![\w.])t\.([a-z0-9_]+)")]
    private static partial Regex KeyUse();
}
