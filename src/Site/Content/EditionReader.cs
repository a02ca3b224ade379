using System.Text.RegularExpressions;
using Site.Diagnostics;

namespace Site.Content;

/// <summary>Reads edition.yml; a date must be YYYY-MM or YYYY-MM-DD because feeds and the sitemap need a real date.</summary>
public static partial class EditionReader
{
    private static readonly string[] Allowed =
        ["title", "number", "number_display", "date", "date_display", "status", "issuer", "signer", "replies_to", "period", "recipients"];

    public static Edition? Read(SourceFile file, string id, DiagnosticBag diagnostics)
    {
        var mapping = YamlDocumentReader.ReadMapping(file.Text, file.DisplayPath, 0, diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var fields = new YamlFields(mapping, file.DisplayPath, 0, diagnostics);
        fields.RejectUnknownKeys(Allowed, "edition.yml");
        var date = fields.String("date", required: true) ?? "1970-01";
        if (!DatePattern().IsMatch(date) || !IsRealDate(date))
        {
            diagnostics.Error(DiagnosticCodes.BadDate, file.DisplayPath, fields.PositionOf("date"),
                $"'{date}' is not a date of the calendar", "Write it as YYYY-MM (e.g. 2022-05) or YYYY-MM-DD, with a month 01–12 and a day that month has (from 01).");
            date = "1970-01";
        }

        var status = fields.String("status") ?? "published";
        if (status is not ("published" or "draft"))
        {
            diagnostics.Error(DiagnosticCodes.WrongType, file.DisplayPath, fields.PositionOf("status"),
                $"status must be 'published' or 'draft', not '{status}'", null);
        }

        var signer = fields.Map("signer");
        signer?.RejectUnknownKeys(["name", "title"], "signer");
        return new Edition(
            id,
            file.RelativePath,
            fields.Localized("title", required: true) ?? LocalizedText.Empty,
            fields.String("number") ?? string.Empty,
            fields.Localized("number_display") ?? LocalizedText.Empty,
            date,
            fields.Localized("date_display") ?? LocalizedText.Same(date),
            status == "draft",
            fields.Localized("issuer", required: true) ?? LocalizedText.Empty,
            signer?.String("name") ?? string.Empty,
            signer?.Localized("title") ?? LocalizedText.Empty,
            fields.Localized("replies_to") ?? LocalizedText.Empty,
            fields.Localized("period") ?? LocalizedText.Empty,
            ReadRecipients(fields.Map("recipients")));
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadRecipients(YamlFields? map)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (map is null)
        {
            return result;
        }

        foreach (var language in map.Keys)
        {
            result[language] = map.StringList(language);
        }

        return result;
    }

    /// <summary>A day of the calendar (no year 0, no month 13, no 31 June, no day 0); a month date is read as its first day.</summary>
    private static bool IsRealDate(string date) =>
        DateOnly.TryParseExact(date.Length == 7 ? date + "-01" : date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var day) && day.Year >= 1;

    [GeneratedRegex(@"^\d{4}-\d{2}(-\d{2})?$")]
    private static partial Regex DatePattern();
}
