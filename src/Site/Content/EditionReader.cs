using Site.Diagnostics;
using Site.Text;

namespace Site.Content;

/// <summary>Reads edition.yml; a date is YYYY-MM (the day blank in the original) or YYYY-MM-DD, and keeps that precision everywhere.</summary>
public static class EditionReader
{
    private static readonly string[] Allowed =
        ["title", "number", "number_display", "date", "status", "issuer", "signer", "replies_to", "period", "recipients"];

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
        if (PartialDate.Parse(date) is not { Precision: not DatePrecision.Year })
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

}
