using Site.Diagnostics;
using Site.Text;

namespace Site.Content;

/// <summary>Reads edition.yml; a date is YYYY-MM (the day blank in the original) or YYYY-MM-DD, and keeps that precision everywhere.</summary>
public static class EditionReader
{
    private static readonly string[] Allowed =
        ["title", "number", "number_display", "date", "status", "issuer", "signer", "replies_to", "period", "recipients", "original"];

    public static Edition? Read(SourceFile file, string id, DiagnosticBag diagnostics)
    {
        var mapping = YamlDocumentReader.ReadMapping(file.Text, file.DisplayPath, 0, diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var fields = new YamlFields(mapping, file.DisplayPath, 0, diagnostics);
        fields.RejectUnknownKeys(Allowed, $"edition.yml");
        var date = fields.String("date", required: true) ?? "1970-01";
        if (PartialDate.Parse(date) is not { Precision: not DatePrecision.Year })
        {
            diagnostics.Error(DiagnosticCodes.BadDate, file.DisplayPath, fields.PositionOf("date"),
                $"'{date}' is not a date of the calendar", $"Write it as YYYY-MM (e.g. 2022-05) or YYYY-MM-DD, with a month 01–12 and a day that month has (from 01).");
            date = "1970-01";
        }

        var status = fields.String("status") ?? "published";
        if (status is not ("published" or "draft"))
        {
            diagnostics.Error(DiagnosticCodes.WrongType, file.DisplayPath, fields.PositionOf("status"),
                $"status must be 'published' or 'draft', not '{status}'", null);
        }

        var signer = fields.Map("signer");
        signer?.RejectUnknownKeys(["name", "title"], $"signer");
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
            ReadRecipients(fields.Map("recipients")))
        {
            Original = ReadOriginal(fields),
        };
    }

    /// <summary>`original: { file: files/report.pdf }` or `original: { url: "https://…" }`, with an optional `label` per language.</summary>
    private static OriginalDocument? ReadOriginal(YamlFields fields)
    {
        if (fields.Map("original") is not { } original)
        {
            return null;
        }

        original.RejectUnknownKeys(["file", "url", "label"], $"original");
        var file = original.String("file");
        var url = original.String("url");
        if ((file is null) == (url is null))
        {
            fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.File, fields.PositionOf("original"),
                $"'original' must give either a 'file' (beside the edition) or a 'url' (where the document is published), not both or neither",
                $"Write 'original: {{ file: files/report.pdf }}' or 'original: {{ url: \"https://…\" }}'.");
            return null;
        }

        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "https" or "http"))
        {
            fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.File, original.PositionOf("url"), $"'{url}' is not an http(s) address", $"Write it like https://example.gov.vn/report.pdf.");
            return null;
        }

        return new OriginalDocument(file, url, original.Localized("label") ?? LocalizedText.Empty, fields.PositionOf("original"));
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
