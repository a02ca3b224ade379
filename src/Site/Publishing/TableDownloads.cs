using System.Globalization;
using System.Text;
using System.Text.Json;
using Site.Diagnostics;
using Site.Output;
using Site.Data;
using Site.Text;

namespace Site.Publishing;

/// <summary>
/// Each appendix as data a journalist can reuse: CSV as printed (wide), CSV one cell per line (long, tidy),
/// and JSON with column meanings. An empty cell stays empty (null in JSON), never 0. An uncertain reading travels
/// with the figures it is about: its columns and notes on the row (wide CSV, JSON), its notes on each cell (long CSV).
/// </summary>
public static class TableDownloads
{
    private static readonly SiteJsonContext JsonOptions = SiteJsonContext.With(new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The three files of <paramref name="table"/>; the CSVs hold one label column per language of the site, in its order.</summary>
    public static IEnumerable<OutputFile> Create(AwardTable table, IReadOnlyList<string> languages)
    {
        var stem = Linking.DownloadPaths.Stem(table);
        yield return OutputFile.Text(stem + ".csv", Wide(table, languages));
        yield return OutputFile.Text(stem + "-long.csv", Long(table, languages));
        yield return OutputFile.Text(stem + ".json", Json(table));
    }

    public static string Wide(AwardTable table, IReadOnlyList<string> languages)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', languages.Select(l => $"label_{l}").Prepend("row").Append("is_total").Concat(table.Columns.Select(c => c.Id))
            .Append("uncertain_columns").Concat(languages.Select(l => $"uncertain_{l}"))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            // "row" where a note is about the whole row's placement; the column ids it names otherwise.
            var uncertain = string.Join(' ', row.Uncertain.SelectMany(u => u.IsWholeRow ? ["row"] : u.Columns).Distinct());
            csv.AppendJoin(',', languages.Select(l => Field(row.Label.Get(l))).Prepend(Field(row.Id)).Append(row.IsTotal ? "true" : "false")
                .Concat(table.Columns.Select(c => row.Cell(c.Id)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty))
                .Append(uncertain).Concat(languages.Select(l => Field(Notes(row.Uncertain, l))))).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string Long(AwardTable table, IReadOnlyList<string> languages)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', ["appendix", "row", .. languages.Select(l => $"label_{l}"), "column", .. languages.Select(l => $"column_{l}"), "value",
            .. languages.Select(l => $"uncertain_{l}")]).Append("\r\n");
        foreach (var row in table.Rows)
        {
            foreach (var column in table.Columns.Where(c => row.Cell(c.Id) is not null))
            {
                var uncertain = row.Uncertain.Where(u => u.IsWholeRow || u.Columns.Contains(column.Id)).ToList();
                csv.AppendJoin(',', [Field(table.Number), Field(row.Id), .. languages.Select(l => Field(row.Label.Get(l))), Field(column.Id),
                    .. languages.Select(l => Field(column.Name(l))), row.Cell(column.Id)!.Value.ToString(CultureInfo.InvariantCulture),
                    .. languages.Select(l => Field(Notes(uncertain, l)))]).Append("\r\n");
            }
        }

        return csv.ToString();
    }

    public static string Json(AwardTable table)
    {
        var document = new Dictionary<string, object?>
        {
            ["appendix"] = table.Number,
            ["edition"] = table.EditionId,
            ["title"] = table.Title.Values,
            ["subtitle"] = table.Subtitle.Values,
            ["attached_to"] = table.AttachedTo.Values,
            ["fingerprint"] = table.Fingerprint,
            ["columns"] = table.Columns.Select(c => new Dictionary<string, object?> { ["id"] = c.Id, ["label"] = c.Label.Values, ["group"] = c.Group?.Values }).ToList(),
            ["rows"] = table.Rows.Select(r => new Dictionary<string, object?>
            {
                ["id"] = r.Id,
                ["label"] = r.Label.Values,
                ["is_total"] = r.IsTotal,
                ["award"] = r.Award,
                ["movement"] = r.Movement,
                ["cells"] = table.Columns.ToDictionary(c => c.Id, c => r.Cell(c.Id)),
                ["uncertain"] = r.Uncertain.Select(u => new Dictionary<string, object?> { ["columns"] = u.Columns.ToList(), ["note"] = u.Note.Values }).ToList(),
            }).ToList(),
            ["identities"] = table.Identities.Select(i => i.Text).ToList(),
            ["audit_findings"] = table.Findings.Select(f => new Dictionary<string, object?>
            {
                ["row"] = f.RowId,
                ["column"] = f.ColumnId,
                ["published"] = f.Published,
                ["computed"] = f.Computed,
                ["rule"] = f.Rule,
                ["confirmed"] = f.Confirmed,
            }).ToList(),
            ["has_total_row"] = table.HasTotalRow,
        };
        return JsonSerializer.Serialize(document, JsonOptions.DictionaryStringObject) + "\n";
    }

    private static string Notes(IEnumerable<UncertainReading> readings, string language) => string.Join(" | ", readings.Select(u => u.Note.Get(language)));

    /// <summary>RFC 4180: quote a field that holds a comma, quote or line break; double its quotes.</summary>
    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
