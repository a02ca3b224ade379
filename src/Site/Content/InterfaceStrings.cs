using System.Collections.Concurrent;

namespace Site.Content;

/// <summary>The words of the interface in one language (menus, labels), from i18n/&lt;lang&gt;.yml.</summary>
public sealed record InterfaceStrings(string Language, IReadOnlyDictionary<string, string> Values)
{
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
}
