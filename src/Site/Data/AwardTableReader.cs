using System.Security.Cryptography;
using System.Text;
using Site.Diagnostics;
using Site.Content;
using Site.Text;

namespace Site.Data;

/// <summary>Reads an appendix YAML file into an <see cref="AwardTable"/>, reporting every schema error with its position.</summary>
public static class AwardTableReader
{
    private static readonly string[] TableKeys =
        ["number", "title", "subtitle", "attached_to", "movements", "row_header", "columns", "identities", "rows", "transcription_notes", "confirmed_findings", "period", "total_counts"];

    private static readonly string[] RowKeys = ["id", "award", "movement", "label", "total", "cells", "note", "uncertain"];
    private static readonly string[] UncertainKeys = ["columns", "note"];
    private static readonly string[] IdentityKeys = ["check", "when_all_printed"];

    /// <summary>Reads the table; a column's labels are given under the site's language codes (<paramref name="languages"/>).</summary>
    public static AwardTable? Read(SourceFile file, string editionId, IReadOnlySet<string> awardIds, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var mapping = YamlDocumentReader.ReadMapping(file.Text, file.DisplayPath, 0, diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var fields = new YamlFields(mapping, file.DisplayPath, 0, diagnostics);
        fields.RejectUnknownKeys(TableKeys, "an appendix table");
        // A column whose id is refused is one error; what names it (cells, identities, readings) is then left out in silence.
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        var columns = ReadColumns(fields, languages, rejected);
        var columnIds = columns.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var rows = ReadRows(fields, columnIds, rejected, awardIds);
        return new AwardTable(
            fields.String("number", required: true) ?? Path.GetFileNameWithoutExtension(file.RelativePath),
            editionId,
            file,
            fields.Localized("title", required: true) ?? LocalizedText.Empty,
            fields.Localized("subtitle") ?? LocalizedText.Empty,
            fields.Localized("attached_to") ?? LocalizedText.Empty,
            fields.StringList("movements"),
            fields.Localized("row_header") ?? LocalizedText.Empty,
            columns,
            ReadIdentities(fields, columnIds, rejected),
            rows,
            fields.MapList("transcription_notes").Select(n => new LocalizedText(n.Keys.ToDictionary(k => k, k => n.String(k) ?? string.Empty))).ToList(),
            Fingerprint(file.Text),
            fields.PositionOf("movements"))
        {
            ConfirmedFindings = ConfirmedFindingsReader.Read(fields, rows, columns),
            RowsAt = fields.PositionOf("rows"),
            LacksRefusedColumns = rejected.Count > 0,
            Period = ReadPeriod(fields),
            TotalCounts = ReadTotalCounts(fields),
        };
    }

    /// <summary>A figure quoted without its period misleads: a table that does not declare one is a warning.</summary>
    private static ReferencePeriod? ReadPeriod(YamlFields fields)
    {
        if (!fields.Has("period"))
        {
            fields.Diagnostics.Warning(DiagnosticCodes.PeriodUndeclared, fields.File, fields.KeyPosition("number"),
                "the table does not say which period its figures cover",
                "Add period: { from: \"2021-01-01\", to: \"2022-03-31\", label: { vi: …, en: … }, basis: { vi: …, en: … } } as the report states it (leave from/to out if it states none, and say so in the label).");
        }

        return ReferencePeriodReader.Read(fields);
    }

    /// <summary>What "Tổng số" counts is not always what its neighbours count (appendix 05: certificates, not flags).</summary>
    private static LocalizedText ReadTotalCounts(YamlFields fields)
    {
        if (!fields.Has("total_counts"))
        {
            fields.Diagnostics.Warning(DiagnosticCodes.PeriodUndeclared, fields.File, fields.KeyPosition("number"),
                "the table does not say what its total counts",
                "Add total_counts: { vi: …, en: … }, e.g. \"Bằng khen của Chủ tịch UBND tỉnh, không gồm Cờ Thi đua\".");
        }

        return fields.Localized("total_counts") ?? LocalizedText.Empty;
    }

    /// <summary>A short fingerprint of the data file, so that a journalist can cite exactly the version they used.</summary>
    public static string Fingerprint(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    private static List<TableColumn> ReadColumns(YamlFields fields, IReadOnlyList<string> languages, HashSet<string> rejected)
    {
        var columns = new List<TableColumn>();
        foreach (var column in fields.MapList("columns", required: true))
        {
            column.RejectUnknownKeys((string[])["id", "group", .. languages], "a column");
            var id = column.String("id", required: true) ?? string.Empty;
            if (id.Length > 0 && !IsColumnId(id))
            {
                // The id becomes part of cell ids, links and CSV headers: only a slug is safe in all of them.
                fields.Diagnostics.Error(DiagnosticCodes.TableSchema, fields.File, column.PositionOf("id"),
                    $"column id '{id}' may hold only lower-case letters a–z, digits, '-' and '_'", "Write it like 'admin_leaders'.");
                rejected.Add(id);
                continue;
            }

            if (columns.Any(c => c.Id == id))
            {
                fields.Diagnostics.Error(DiagnosticCodes.TableSchema, fields.File, column.PositionOf("id"), $"column '{id}' is defined twice", null);
                continue;
            }

            var label = new LocalizedText(languages.Where(column.Has).ToDictionary(l => l, l => column.String(l) ?? string.Empty));
            columns.Add(new TableColumn(id, label, column.Localized("group")));
        }

        return columns;
    }

    private static bool IsColumnId(string id) => id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_');

    private static List<TableIdentity> ReadIdentities(YamlFields fields, HashSet<string> columnIds, HashSet<string> rejected)
    {
        var identities = new List<TableIdentity>();
        foreach (var item in fields.MapList("identities"))
        {
            item.RejectUnknownKeys(IdentityKeys, "an identity");
            var text = item.String("check", required: true);
            if (text is null)
            {
                continue;
            }

            var sides = text.Split('=');
            var operands = sides.Length == 2 ? sides[1].Split('+').Select(s => s.Trim()).ToList() : [];
            var target = sides[0].Trim();
            if (sides.Length != 2 || operands.Any(o => o.Length == 0))
            {
                fields.Diagnostics.Error(DiagnosticCodes.TableSchema, fields.File, item.PositionOf("check"),
                    $"'{text}' is not an identity", "Write it as 'total = collectives + individuals'.");
                continue;
            }

            if (operands.Prepend(target).Any(rejected.Contains))
            {
                continue;
            }

            var unknown = operands.Prepend(target).Where(c => !columnIds.Contains(c)).ToList();
            foreach (var column in unknown)
            {
                fields.Diagnostics.Error(DiagnosticCodes.TableSchema, fields.File, item.PositionOf("check"),
                    $"identity '{text}' names unknown column '{column}' {Suggestions.DidYouMean(column, columnIds)}".TrimEnd(), null);
            }

            if (unknown.Count == 0)
            {
                identities.Add(new TableIdentity(target, operands, item.Bool("when_all_printed") ?? false, text, item.PositionOf("check")));
            }
        }

        return identities;
    }

    private static List<TableRow> ReadRows(YamlFields fields, HashSet<string> columnIds, HashSet<string> rejected, IReadOnlySet<string> awardIds)
    {
        var rows = new List<TableRow>();
        foreach (var row in fields.MapList("rows", required: true))
        {
            row.RejectUnknownKeys(RowKeys, "a row");
            var id = row.String("id", required: true) ?? string.Empty;
            if (rows.Any(r => r.Id == id))
            {
                fields.Diagnostics.Error(DiagnosticCodes.TableSchema, fields.File, row.PositionOf("id"), $"row '{id}' appears twice", "Give each row its printed number.");
            }

            var award = row.String("award");
            if (award is not null && !awardIds.Contains(award))
            {
                fields.Diagnostics.Error(DiagnosticCodes.UnknownReference, fields.File, row.PositionOf("award"),
                    $"unknown award form '{award}' {Suggestions.DidYouMean(award, awardIds)}".TrimEnd(), "Use an id from input/award-forms.yml.");
            }

            var (cells, positions) = ReadCells(row.Map("cells"), columnIds, rejected, fields);
            rows.Add(new TableRow(id, award, row.String("movement"), row.Localized("label") ?? LocalizedText.Same(id),
                row.Bool("total") ?? false, cells, positions, row.Localized("note"), row.Start)
            {
                Uncertain = ReadUncertain(row, columnIds, rejected),
            });
        }

        return rows;
    }

    /// <summary>`uncertain: [{ columns: [a, b], note: { … } }]`; a note without columns is about the whole row's placement.</summary>
    private static List<UncertainReading> ReadUncertain(YamlFields row, HashSet<string> columnIds, HashSet<string> rejected)
    {
        var readings = new List<UncertainReading>();
        foreach (var item in row.MapList("uncertain"))
        {
            item.RejectUnknownKeys(UncertainKeys, "an uncertain reading");
            var columns = item.StringList("columns");
            if (columns.Any(rejected.Contains))
            {
                continue;
            }

            var unknown = columns.Where(c => !columnIds.Contains(c)).ToList();
            foreach (var column in unknown)
            {
                row.Diagnostics.Error(DiagnosticCodes.TableSchema, row.File, item.PositionOf("columns"),
                    $"uncertain reading names unknown column '{column}' {Suggestions.DidYouMean(column, columnIds)}".TrimEnd(),
                    "Leave 'columns' out for a note about the whole row's placement.");
            }

            if (item.Localized("note", required: true) is { } note && unknown.Count == 0)
            {
                readings.Add(new UncertainReading(columns, note, item.Start));
            }
        }

        return readings;
    }

    private static (Dictionary<string, long>, Dictionary<string, SourcePosition>) ReadCells(
        YamlFields? cells, HashSet<string> columnIds, HashSet<string> rejected, YamlFields table)
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        if (cells is null)
        {
            return (values, positions);
        }

        foreach (var (column, value, at, quoted) in cells.Scalars().Where(c => !rejected.Contains(c.Key)))
        {
            if (!columnIds.Contains(column))
            {
                table.Diagnostics.Error(DiagnosticCodes.TableSchema, table.File, at,
                    $"unknown column '{column}' {Suggestions.DidYouMean(column, columnIds)}".TrimEnd(),
                    $"This table's columns are: {string.Join(", ", columnIds)}.");
                continue;
            }

            if (CountReader.IsEmpty(value, quoted))
            {
                continue; // `col:`, `col: ~` and `col: null` are an empty printed cell, like an absent one.
            }

            if (!CountReader.TryParse(value, quoted, out var number))
            {
                table.Diagnostics.Error(DiagnosticCodes.TableSchema, table.File, at,
                    $"cell '{column}' must be a count, not '{value}'", "Write the number without quotes or separators (1721, not \"1.721\"); leave an empty cell out or write ~.");
                continue;
            }

            if (number < 0)
            {
                table.Diagnostics.Error(DiagnosticCodes.TableSchema, table.File, at, $"cell '{column}' is negative ({number})", "A count cannot be negative.");
                continue;
            }

            values[column] = number;
            positions[column] = at;
        }

        return (values, positions);
    }
}
