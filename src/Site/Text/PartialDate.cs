using System.Globalization;

namespace Site.Text;

/// <summary>
/// A date at the precision a document gives it: a year ("2011"), a month ("2022-05": the day is blank in the
/// original) or a day ("2021-09-08"). Nothing finer is ever invented: May 2022 never becomes 1 May 2022.
/// </summary>
public sealed record PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>"yyyy", "yyyy-MM" or "yyyy-MM-dd" for a real day of the calendar (no month 13, no 31 June, no year 0); else null.</summary>
    public static PartialDate? Parse(string text)
    {
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2) || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var date = new PartialDate(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null);
        var monthIsReal = date.Month is null or (>= 1 and <= 12);
        var dayIsReal = date.Day is not { } day || (date.Year >= 1 && date.Month is { } month && monthIsReal && day >= 1 && day <= DateTime.DaysInMonth(date.Year, month));
        return date.Year >= 1 && monthIsReal && dayIsReal ? date : null;
    }

    /// <summary>The first day the date covers: 2022-05 begins on 1 May, 2011 on 1 January.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date covers: 2022-03 ends on 31 March, 2011 on 31 December.</summary>
    public DateOnly LastDay => new(Year, Month ?? 12, Day ?? DateTime.DaysInMonth(Year, Month ?? 12));

    /// <summary>The date as W3C Datetime (ISO 8601) writes it at its own precision: "2022-05", never "2022-05-01".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    /// <summary>In a language's words: its pattern for the date's precision, with {day}, {month}, {month_name} and {year}.</summary>
    public string Format(DateWords words) =>
        (Precision switch { DatePrecision.Day => words.DayPattern, DatePrecision.Month => words.MonthPattern, _ => words.YearPattern })
            .Replace("{day}", Day?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal)
            .Replace("{month_name}", Month is { } m && m <= words.MonthNames.Count ? words.MonthNames[m - 1] : string.Empty, StringComparison.Ordinal)
            .Replace("{month}", Month?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.Ordinal)
            .Replace("{year}", Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Orders by the first day covered, then the coarser date first (2022 before 2022-01).</summary>
    public int CompareTo(PartialDate? other) =>
        other is null ? 1 : FirstDay.CompareTo(other.FirstDay) is var byDay and not 0 ? byDay : Precision.CompareTo(other.Precision);
}
