using Site.Content;
using Site.Diagnostics;
using Site.Text;

namespace Site.Data;

/// <summary>
/// Reads a table's `period: { from, to, label, basis }`. A date the report does not give is never filled in:
/// `from` and `to` are given together, at the precision the report states them, or both left out.
/// </summary>
internal static class ReferencePeriodReader
{
    private static readonly string[] Keys = ["from", "to", "label", "basis"];

    private const string Form = "Write it as period: { from: \"2011\", to: \"2022-03\", label: { vi: …, en: … }, basis: { vi: …, en: … } } "
        + "(dates as yyyy, yyyy-MM or yyyy-MM-dd, as precise as the report is; leave both out if the report states none).";

    public static ReferencePeriod? Read(YamlFields table)
    {
        if (!table.Has("period"))
        {
            return null;
        }

        var period = table.Map("period");
        if (period is null)
        {
            return null;
        }

        period.RejectUnknownKeys(Keys, "a table's period");
        var from = Date(period, "from");
        var to = Date(period, "to");
        if (period.Has("from") != period.Has("to"))
        {
            Error(period, period.PositionOf(period.Has("from") ? "from" : "to"),
                $"the period gives '{(period.Has("from") ? "from" : "to")}' without '{(period.Has("from") ? "to" : "from")}'",
                "Give both ends as the report states them, or neither if it states no period (the label then says so).");
        }
        else if (from is not null && to is not null && from.FirstDay > to.LastDay)
        {
            Error(period, period.PositionOf("to"), $"the period ends ({to}) before it begins ({from})", "Check the order of 'from' and 'to' against the report.");
        }

        var label = period.Localized("label", required: true) ?? LocalizedText.Empty;
        return new ReferencePeriod(from, to, label, period.Localized("basis") ?? LocalizedText.Empty, table.PositionOf("period"));
    }

    private static PartialDate? Date(YamlFields period, string key)
    {
        if (period.String(key) is not { } text)
        {
            return null;
        }

        if (PartialDate.Parse(text) is { } date)
        {
            return date;
        }

        Error(period, period.PositionOf(key), $"'{key}: {text}' is not a date of the calendar", Form);
        return null;
    }

    private static void Error(YamlFields period, SourcePosition at, string message, string hint) =>
        period.Diagnostics.Error(DiagnosticCodes.TablePeriod, period.File, at, message, hint);
}
