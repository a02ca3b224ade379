using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Site.Diagnostics;

namespace Site.Data;

/// <summary>
/// Checks a table's own arithmetic (its identities and the total row). It never changes a figure: each broken
/// rule becomes a finding that the page shows beside the published number, and a warning for the build unless
/// `confirmed_findings` acknowledges it with the very figures it has now.
/// </summary>
public static class TableAuditor
{
    public static AwardTable Audit(AwardTable table, DiagnosticBag diagnostics)
    {
        if (table.LacksRefusedColumns)
        {
            return table;
        }

        var file = table.File.DisplayPath;
        var arithmetic = table.ConfirmedFindings.OfType<ConfirmedArithmetic>().ToList();
        // Every rule a cell breaks is a finding of its own: one acknowledged rule may not hide another.
        var broken = table.Rows.SelectMany(row => table.Identities.Select(identity => Check(row, identity))).OfType<AuditFinding>().Concat(CheckTotals(table)).ToList();
        var findings = new List<AuditFinding>();
        foreach (var finding in broken)
        {
            var row = table.Row(finding.RowId)!;
            var at = row.CellPositions.TryGetValue(finding.ColumnId, out var position) ? position : row.At;
            var message = $"row '{finding.RowId}', column '{finding.ColumnId}': published {Show(finding.Published)}, but {finding.Rule} gives {finding.Computed} (difference {finding.Difference:+#;-#;0})";
            if (arithmetic.FirstOrDefault(c => c.Covers(finding)) is { } confirmation)
            {
                diagnostics.Info(DiagnosticCodes.TableIdentity, file, at, $"{message} (confirmed in confirmed_findings, line {confirmation.At.Line})");
                findings.Add(finding with { Confirmed = true });
                continue;
            }

            var earlier = arithmetic.Where(c => c.RowId == finding.RowId && c.ColumnId == finding.ColumnId && !broken.Any(c.Covers))
                .Select(c => $"; confirmed_findings (line {c.At.Line}) acknowledged published {Show(c.Published)}, adding up to {c.AddsUpTo}");
            diagnostics.Warning(DiagnosticCodes.TableIdentity, file, at, message + string.Concat(earlier),
                $"The published figure is kept and marked on the page. Correct a transcription slip; if the report prints it so, add to confirmed_findings: {Entry(finding)}");
            findings.Add(finding);
        }

        foreach (var confirmation in arithmetic.Where(c => !broken.Any(c.Covers)))
        {
            var cell = table.Row(confirmation.RowId)!.Cell(confirmation.ColumnId);
            var now = findings.Where(f => f.RowId == confirmation.RowId && f.ColumnId == confirmation.ColumnId).Select(f => $"{f.Rule} gives {f.Computed}").ToList();
            diagnostics.Warning(DiagnosticCodes.ConfirmationStale, file, confirmation.At,
                $"confirmed finding '{confirmation.RowId}/{confirmation.ColumnId}' acknowledged published {Show(confirmation.Published)}, adding up to {confirmation.AddsUpTo}; "
                + $"the table now prints {Show(cell)}" + (now.Count == 0 ? " and its sums agree" : $" and {string.Join(", ", now)}"),
                "Check the figures against the printed source: correct the cell, or record the figures it now has (or remove the entry).");
        }

        CheckProseConfirmations(table, diagnostics);
        CheckTotalRow(table, diagnostics);
        return table with { Findings = findings };
    }

    /// <summary>A fingerprint of every printed cell, for acknowledging a table that has no total row to check them against.</summary>
    public static string CellsFingerprint(AwardTable table)
    {
        var text = new StringBuilder();
        foreach (var row in table.Rows)
        {
            foreach (var column in table.Columns.Where(c => row.Cell(c.Id) is not null))
            {
                text.Append(row.Id).Append('/').Append(column.Id).Append('=').Append(row.Cell(column.Id)!.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }

    private static void CheckTotalRow(AwardTable table, DiagnosticBag diagnostics)
    {
        var file = table.File.DisplayPath;
        var confirmations = table.ConfirmedFindings.OfType<ConfirmedNoTotalRow>().ToList();
        if (table.Rows.Count == 0)
        {
            return; // The reader has reported the missing rows.
        }

        if (table.HasTotalRow)
        {
            foreach (var confirmation in confirmations)
            {
                diagnostics.Warning(DiagnosticCodes.ConfirmationStale, file, confirmation.At,
                    "confirmed finding 'no_total_row' acknowledges a missing total row, but the table has one", "Remove the entry.");
            }

            return;
        }

        var fingerprint = CellsFingerprint(table);
        if (confirmations.FirstOrDefault(c => c.Fingerprint == fingerprint) is { } confirmed)
        {
            diagnostics.Info(DiagnosticCodes.MissingTotalRow, file, table.RowsAt,
                $"the table has no total row (confirmed in confirmed_findings, line {confirmed.At.Line}, for cells {fingerprint})");
            return;
        }

        var earlier = confirmations.Select(c => $"; confirmed_findings (line {c.At.Line}) acknowledged it for cells {c.Fingerprint}, the cells now give {fingerprint}");
        diagnostics.Warning(DiagnosticCodes.MissingTotalRow, file, table.RowsAt,
            "the table has no total row, so no column is checked against a printed total" + string.Concat(earlier),
            $"Transcribe the printed 'Tổng số' row with 'total: true'. If the report prints none, check every cell against it and add to confirmed_findings: {{ no_total_row: \"{fingerprint}\" }}");
    }

    /// <summary>A confirmed prose figure holds only while the table still prints what it recorded; whether a page still cites it is checked where figures are resolved.</summary>
    private static void CheckProseConfirmations(AwardTable table, DiagnosticBag diagnostics)
    {
        foreach (var confirmation in table.ConfirmedFindings.OfType<ConfirmedProseFigure>())
        {
            var cell = table.Row(confirmation.RowId)!.Cell(confirmation.ColumnId);
            if (cell != confirmation.Published)
            {
                diagnostics.Warning(DiagnosticCodes.ConfirmationStale, table.File.DisplayPath, confirmation.At,
                    $"confirmed finding '{confirmation.RowId}/{confirmation.ColumnId}' acknowledged the table printing {Show(confirmation.Published)} where the text prints {confirmation.TextPrints}; the table now prints {Show(cell)}",
                    "Check the cell against the printed source: correct it, or record the figure it now prints.");
            }
        }
    }

    private static string Entry(AuditFinding finding) =>
        $"{{ cell: \"{finding.RowId}/{finding.ColumnId}\", published: {finding.Published?.ToString(CultureInfo.InvariantCulture) ?? "~"}, adds_up_to: {finding.Computed} }}";

    private static string Show(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "empty";

    private static AuditFinding? Check(TableRow row, TableIdentity identity)
    {
        var target = row.Cell(identity.Target);
        var operands = identity.Operands.Select(row.Cell).ToList();
        if (identity.WhenAllPrinted && (target is null || operands.Any(o => o is null)))
        {
            return null;
        }

        if (target is null && operands.All(o => o is null))
        {
            return null;
        }

        var computed = operands.Sum(o => o ?? 0);
        return target == computed ? null : new AuditFinding(row.Id, identity.Target, target, computed, identity.Text);
    }

    private static IEnumerable<AuditFinding> CheckTotals(AwardTable table)
    {
        var detail = table.Rows.Where(r => !r.IsTotal).ToList();
        foreach (var total in table.Rows.Where(r => r.IsTotal))
        {
            foreach (var column in table.Columns)
            {
                var printed = detail.Select(r => r.Cell(column.Id)).Where(v => v is not null).ToList();
                var published = total.Cell(column.Id);
                if (published is null && printed.Count == 0)
                {
                    continue;
                }

                var computed = printed.Sum(v => v ?? 0);
                if (published != computed)
                {
                    yield return new AuditFinding(total.Id, column.Id, published, computed, $"the sum of the rows above ({column.Id})");
                }
            }
        }
    }
}
