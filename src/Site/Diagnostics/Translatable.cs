using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Diagnostics;

/// <summary>
/// A text the generator says to the editor, written once in English where it is said (<c>$"unknown key '{key}'"</c>) and
/// shown in the editor's language. The compiler hands this handler the literal parts and the values apart, so it keeps
/// the template with numbered holes ("unknown key '{0}'"), which is the key of the catalogs in Messages/, and the values,
/// which are filled in only when the text is shown (<see cref="ToString(MessageCatalog)"/>). A value that is itself a
/// <see cref="Translatable"/> (a word, a "did you mean" clause) is shown in the same language.
/// </summary>
/// <remarks>
/// The only way to make one is an interpolated string where a <see cref="Translatable"/> is expected: the test
/// tests/Site.Tests/Messages/CatalogCompletenessTests.cs reads every such string in the source and fails when a catalog
/// lacks its template. The constructor and the Append methods are public for the compiler alone.
/// </remarks>
[InterpolatedStringHandler]
public sealed partial class Translatable : IEquatable<Translatable>
{
    private readonly StringBuilder _template;
    private readonly List<object> _values;

    public Translatable(int literalLength, int formattedCount)
    {
        _template = new StringBuilder(literalLength + formattedCount * 3);
        _values = new List<object>(formattedCount);
    }

    /// <summary>The English text with a hole {0}, {1}… for each value, in order: the key of every catalog.</summary>
    public string Template => _template.ToString();

    /// <summary>Each value as text (numbers in the invariant culture), or as a <see cref="Translatable"/> shown in the editor's language.</summary>
    public IReadOnlyList<object> Values => _values;

    public void AppendLiteral(string literal) => _template.Append(literal);

    public void AppendFormatted<T>(T value) => AppendFormatted(value, 0, null);

    public void AppendFormatted<T>(T value, string? format) => AppendFormatted(value, 0, format);

    public void AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);

    /// <param name="alignment">As in string.Format: the width to pad a value to, on the left when positive, on the right when negative.</param>
    public void AppendFormatted<T>(T value, int alignment, string? format)
    {
        _template.Append('{').Append(_values.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
        _values.Add(value switch
        {
            Translatable text => text,
            IFormattable formattable => Align(formattable.ToString(format, CultureInfo.InvariantCulture), alignment),
            null => Align(string.Empty, alignment),
            _ => Align(value.ToString() ?? string.Empty, alignment),
        });
    }

    /// <summary>
    /// The texts one after another, <paramref name="separator"/> between them ("; ", ", "): punctuation only, since the
    /// separator is not translated.
    /// </summary>
    public static Translatable Join(string separator, IEnumerable<Translatable> texts)
    {
        if (separator.Any(char.IsLetter))
        {
            throw new ArgumentException("a separator of texts is not translated, so it may hold no word", nameof(separator));
        }

        var joined = new Translatable(separator.Length, 4);
        foreach (var (text, index) in texts.Select((text, index) => (text, index)))
        {
            if (index > 0)
            {
                joined.AppendLiteral(separator);
            }

            joined.AppendFormatted(text);
        }

        return joined;
    }

    /// <summary>
    /// The text in <paramref name="catalog"/>'s language: its translation of the template, with the values in its holes;
    /// without the spaces at its end that an empty last value leaves ("unknown key 'x' {0}" with no suggestion).
    /// </summary>
    public string ToString(MessageCatalog catalog) => Hole().Replace(catalog.Translate(Template), hole =>
    {
        var index = int.Parse(hole.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        return index < _values.Count ? Show(_values[index], catalog) : hole.Value;
    }).TrimEnd();

    /// <summary>The text in English, the language it is written in (for logs, ordering and tests).</summary>
    public override string ToString() => ToString(MessageCatalog.Source);

    public bool Equals(Translatable? other) =>
        other is not null && Template == other.Template && _values.SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as Translatable);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Template, StringComparer.Ordinal);
        foreach (var value in _values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <summary>The holes of a template or of its translation: "{0}", "{12}" (a literal brace elsewhere is text, as in "{{fig 05/1/flags}}").</summary>
    [GeneratedRegex(@"\{(\d+)\}")]
    public static partial Regex Hole();

    private static string Align(string value, int alignment) =>
        alignment >= 0 ? value.PadLeft(alignment) : value.PadRight(-alignment);

    private static string Show(object value, MessageCatalog catalog) => value is Translatable text ? text.ToString(catalog) : (string)value;
}
