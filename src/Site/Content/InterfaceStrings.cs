using System.Collections.Concurrent;
using Site.Text;

namespace Site.Content;

/// <summary>
/// The words of the interface in one language (menus, labels) and its settings (locale, number separators), from
/// i18n/&lt;lang&gt;.yml.
/// </summary>
public sealed record InterfaceStrings(string Language, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The settings every language file must give, besides its words.</summary>
    public static readonly IReadOnlyList<string> SettingKeys = ["language_name", "locale", "number_format"];

    private readonly ConcurrentDictionary<string, bool> _missing = new(StringComparer.Ordinal);

    /// <summary>The file the strings come from, as diagnostics show it.</summary>
    public string File { get; init; } = $"input/i18n/{Language}.yml";

    /// <summary>A missing key reads as itself, so that the build goes on, and is recorded to be reported as an error.</summary>
    public string this[string key]
    {
        get
        {
            if (Values.TryGetValue(key, out var value))
            {
                return value;
            }

            _missing[key] = true;
            return key;
        }
    }

    /// <summary>Keys asked for that the file does not have, in order.</summary>
    public IReadOnlyList<string> Missing => _missing.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>How the language writes numbers, from its sample "1.234,5" (the reader reports a missing or malformed one).</summary>
    public NumberFormat Numbers { get; } = NumberFormat.FromSample(Values.GetValueOrDefault("number_format") ?? string.Empty) ?? new NumberFormat(",", ".");

    /// <summary>How the language writes a date at each precision (date_day, date_month, date_year, month_names).</summary>
    public DateWords Dates => new(this["date_year"], this["date_month"], this["date_day"], this["month_names"].Split(',', StringSplitOptions.TrimEntries));

    /// <summary>The language's locale as Open Graph writes it (ll_CC) from its BCP 47 tag in the settings (ll-CC).</summary>
    public string OpenGraphLocale => this["locale"].Replace('-', '_');
}
