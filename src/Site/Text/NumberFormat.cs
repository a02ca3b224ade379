using System.Globalization;

namespace Site.Text;

/// <summary>Numbers as each language writes them: Vietnamese 1.721, English 1,721. Explicit, never the machine's culture.</summary>
public static class NumberFormat
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };
    private static readonly NumberFormatInfo English = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = ".", NegativeSign = "-" };

    public static string Format(long value, string language) =>
        value.ToString("#,0", language == "vi" ? Vietnamese : English);

    public static string Format(double value, string language, int decimals) =>
        value.ToString("#,0." + new string('0', decimals), language == "vi" ? Vietnamese : English);
}
