namespace Site.Content;

/// <summary>The words of the interface in one language (menus, labels), from i18n/&lt;lang&gt;.yml.</summary>
public sealed record InterfaceStrings(string Language, IReadOnlyDictionary<string, string> Values)
{
    public string this[string key] => Values.TryGetValue(key, out var value) ? value : key;
}
