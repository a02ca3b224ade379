using Site.Diagnostics;

namespace Site.Data;

/// <summary>
/// Checks a table's own arithmetic (its identities and the total row). It never changes a figure: each broken
/// rule becomes a finding that the page shows beside the published number, and a warning for the build.
/// </summary>
public static class TableAuditor
{
    public static AwardTable Audit(AwardTable table, DiagnosticBag diagnostics)
    {
        var findings = new List<AuditFinding>();
        foreach (var row in table.Rows)
        {
            foreach (var identity in table.Identities)
            {
                if (Check(row, identity) is { } finding && !findings.Any(f => f.RowId == finding.RowId && f.ColumnId == finding.ColumnId))
                {
                    findings.Add(finding);
                }
            }
        }

        findings.AddRange(CheckTotals(table).Where(t => !findings.Any(f => f.RowId == t.RowId && f.ColumnId == t.ColumnId)));
        foreach (var finding in findings)
        {
            var row = table.Row(finding.RowId)!;
            var at = row.CellPositions.TryGetValue(finding.ColumnId, out var position) ? position : row.At;
            var published = finding.Published?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "empty";
            var message = $"row '{finding.RowId}', column '{finding.ColumnId}': published {published}, but {finding.Rule} gives {finding.Computed} (difference {finding.Difference:+#;-#;0})";
            if (table.ConfirmedFindings.Contains($"{finding.RowId}/{finding.ColumnId}"))
            {
                diagnostics.Info(DiagnosticCodes.TableIdentity, table.File.DisplayPath, at, message + " (confirmed as published)");
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.TableIdentity, table.File.DisplayPath, at, message,
                    $"The published figure is kept and marked on the page; once checked against the printed source, add \"{finding.RowId}/{finding.ColumnId}\" to confirmed_findings.");
            }
        }

        foreach (var confirmed in table.ConfirmedFindings.Where(c => !findings.Any(f => $"{f.RowId}/{f.ColumnId}" == c)))
        {
            diagnostics.Warning(DiagnosticCodes.TableIdentity, table.File.DisplayPath, table.ConfirmedFindingsAt,
                $"confirmed finding '{confirmed}' is no longer a finding", "Remove it from confirmed_findings.");
        }

        return table with { Findings = findings };
    }

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
