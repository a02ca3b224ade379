using System.Globalization;

namespace Site.Text;

/// <summary>
/// Numbers as one language writes them (1.721 in Vietnamese, 1,721 in English, 1 721 in French): the separators
/// come from that language's settings, never from the machine's culture.
/// </summary>
public sealed class NumberFormat
{
    private readonly NumberFormatInfo _info;

    public NumberFormat(string groupSeparator, string decimalSeparator)
    {
        GroupSeparator = groupSeparator;
        DecimalSeparator = decimalSeparator;
        _info = new NumberFormatInfo { NumberGroupSeparator = groupSeparator, NumberDecimalSeparator = decimalSeparator, NegativeSign = "-" };
    }

    /// <summary>The separators of a sample written as "1.234,5" (group '.', decimal ','); null if it is not of that form.</summary>
    public static NumberFormat? FromSample(string sample)
    {
        var match = System.Text.RegularExpressions.Regex.Match(sample, @"^1(\D+)234(\D+)5$");
        return match.Success ? new NumberFormat(match.Groups[1].Value, match.Groups[2].Value) : null;
    }

    public string GroupSeparator { get; }

    public string DecimalSeparator { get; }

    public string Format(long value) => value.ToString("#,0", _info);

    public string Format(double value, int decimals) => value.ToString("#,0." + new string('0', decimals), _info);
}
