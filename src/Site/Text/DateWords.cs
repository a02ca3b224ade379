namespace Site.Text;

/// <summary>
/// How one language writes a date at each precision (from its interface strings): a pattern per precision with
/// {day}, {month}, {month_name} and {year}, and the twelve month names.
/// </summary>
public sealed record DateWords(string YearPattern, string MonthPattern, string DayPattern, IReadOnlyList<string> MonthNames);
