namespace Site.Content;

/// <summary>A text given per language (`vi:` / `en:`), or once for all languages.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Values)
{
    public static readonly LocalizedText Empty = new(new Dictionary<string, string>());

    public static LocalizedText Same(string value) => new(new Dictionary<string, string> { [""] = value });

    /// <summary>The text in <paramref name="language"/>, else the language-neutral one, else the first given.</summary>
    public string Get(string language) =>
        Values.TryGetValue(language, out var text) ? text
        : Values.TryGetValue("", out var neutral) ? neutral
        : Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Value).FirstOrDefault() ?? string.Empty;

    /// <summary>Equal for two texts exactly when they say the same in every language: a key to compare or group them by.</summary>
    public string Identity => string.Join('\u0001', Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + '\u0002' + v.Value));

    public bool Has(string language) => Values.ContainsKey(language) || Values.ContainsKey("");
}
