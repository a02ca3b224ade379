using Site.Content;

namespace Site.Rendering;

/// <summary>A day (YYYY-MM-DD) as the language writes it, from its settings `day_format` ("{d}/{m}/{y}", "{d} {month} {y}") and `month_names`.</summary>
public static class DayFormat
{
    public static string Format(string date, InterfaceStrings t)
    {
        var parts = date.Split('-');
        if (parts.Length != 3)
        {
            return date;
        }

        var month = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var names = t["month_names"].Split(',', StringSplitOptions.TrimEntries);
        return t["day_format"]
            .Replace("{d}", parts[2].TrimStart('0'), StringComparison.Ordinal)
            .Replace("{m}", month.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", names.Length == 12 ? names[month - 1] : parts[1], StringComparison.Ordinal)
            .Replace("{y}", parts[0], StringComparison.Ordinal);
    }
}
