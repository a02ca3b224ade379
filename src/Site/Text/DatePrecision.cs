namespace Site.Text;

/// <summary>How much of a date a document gives: the year only, the month (the day left blank), or the day.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
