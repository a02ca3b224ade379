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

    public string this[string key] => Values.TryGetValue(key, out var value) ? value : key;

    /// <summary>How the language writes numbers, from its sample "1.234,5" (the reader reports a missing or malformed one).</summary>
    public NumberFormat Numbers { get; } = NumberFormat.FromSample(Values.GetValueOrDefault("number_format") ?? string.Empty) ?? new NumberFormat(",", ".");

    /// <summary>The language's locale as Open Graph writes it (ll_CC) from its BCP 47 tag in the settings (ll-CC).</summary>
    public string OpenGraphLocale => this["locale"].Replace('-', '_');
}
