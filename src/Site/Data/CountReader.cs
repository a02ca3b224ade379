using System.Globalization;

namespace Site.Data;

/// <summary>
/// How a count is written in a table's YAML. A plain whole number is the figure (`0` is zero); a value left out,
/// left blank (`key:`), `~` or `null` was printed empty. Anything quoted is text, never a count.
/// </summary>
internal static class CountReader
{
    public static bool IsEmpty(string? value, bool quoted) =>
        !quoted && (string.IsNullOrEmpty(value) || value is "~" or "null" or "Null" or "NULL");

    public static bool TryParse(string? value, bool quoted, out long number)
    {
        number = 0;
        return !quoted && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
    }
}
