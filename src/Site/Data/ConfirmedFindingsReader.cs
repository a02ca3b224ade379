using Site.Content;
using Site.Diagnostics;

namespace Site.Data;

/// <summary>
/// Reads `confirmed_findings`: each entry names the cell (or the table) it acknowledges and the values the editor
/// checked against the printed source, so that it stops acknowledging as soon as one of them changes.
/// </summary>
internal static class ConfirmedFindingsReader
{
    private static readonly string[] Keys = ["cell", "published", "adds_up_to", "text_prints", "no_total_row"];

    private const string Forms =
        "Write each entry as { cell: \"ROW/COLUMN\", published: N, adds_up_to: N } (a sum that does not agree), "
        + "{ cell: \"ROW/COLUMN\", published: N, text_prints: N } (the report's text prints another figure; ~ for an empty cell) "
        + "or { no_total_row: \"FINGERPRINT\" } (the report prints no total row).";

    public static List<ConfirmedFinding> Read(YamlFields table, IReadOnlyList<TableRow> rows, IReadOnlyList<TableColumn> columns)
    {
        var confirmed = new List<ConfirmedFinding>();
        foreach (var entry in table.MapList("confirmed_findings"))
        {
            entry.RejectUnknownKeys(Keys, "a confirmed finding");
            if (ReadEntry(entry, rows, columns) is { } finding)
            {
                confirmed.Add(finding);
            }
        }

        return confirmed;
    }

    private static ConfirmedFinding? ReadEntry(YamlFields entry, IReadOnlyList<TableRow> rows, IReadOnlyList<TableColumn> columns)
    {
        var kinds = new[] { "adds_up_to", "text_prints", "no_total_row" }.Where(entry.Has).ToList();
        if (kinds.Count != 1)
        {
            Error(entry, entry.Start, kinds.Count == 0 ? "a confirmed finding must say what it acknowledges" : $"a confirmed finding must acknowledge one thing, not {string.Join(" and ", kinds)}");
            return null;
        }

        if (kinds[0] == "no_total_row")
        {
            var fingerprint = entry.String("no_total_row", required: true);
            return fingerprint is null ? null : new ConfirmedNoTotalRow(fingerprint, entry.PositionOf("no_total_row"));
        }

        var cell = entry.String("cell", required: true);
        if (cell is null)
        {
            return null;
        }

        var parts = cell.Split('/');
        if (parts.Length != 2 || !rows.Any(r => r.Id == parts[0]) || !columns.Any(c => c.Id == parts[1]))
        {
            Error(entry, entry.PositionOf("cell"), $"confirmed finding names no cell of this table: '{cell}'",
                "Name it as ROW/COLUMN with a row id and a column id of this table, e.g. \"6/total\".");
            return null;
        }

        if (!entry.Has("published"))
        {
            entry.Missing("published");
            return null;
        }

        var values = entry.Scalars().ToDictionary(s => s.Key);
        if (!Count(entry, values, "published", allowEmpty: true, out var published) || !Count(entry, values, kinds[0], allowEmpty: false, out var other))
        {
            return null;
        }

        if (kinds[0] == "adds_up_to")
        {
            return new ConfirmedArithmetic(parts[0], parts[1], published, other!.Value, entry.PositionOf("cell"));
        }

        if (published == other)
        {
            Error(entry, entry.PositionOf("text_prints"), $"confirmed finding '{cell}': the text prints what the table prints ({other}), so there is nothing to acknowledge", "Remove the entry.");
            return null;
        }

        return new ConfirmedProseFigure(parts[0], parts[1], published, other!.Value, entry.PositionOf("cell"));
    }

    private static bool Count(YamlFields entry, Dictionary<string, (string Key, string? Value, SourcePosition At, bool Quoted)> values, string key, bool allowEmpty, out long? count)
    {
        count = null;
        if (!values.TryGetValue(key, out var scalar))
        {
            return false; // Not a single value: YamlFields.Scalars has reported it.
        }

        if (allowEmpty && CountReader.IsEmpty(scalar.Value, scalar.Quoted))
        {
            return true;
        }

        if (CountReader.TryParse(scalar.Value, scalar.Quoted, out var number) && number >= 0)
        {
            count = number;
            return true;
        }

        Error(entry, scalar.At, $"'{key}' must be a count{(allowEmpty ? " or ~ (an empty cell)" : string.Empty)}, not '{scalar.Value}'", Forms);
        return false;
    }

    private static void Error(YamlFields entry, SourcePosition at, string message, string? hint = null) =>
        entry.Diagnostics.Error(DiagnosticCodes.TableSchema, entry.File, at, message, hint ?? Forms);
}
