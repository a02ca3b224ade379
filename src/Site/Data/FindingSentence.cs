using Site.Content;

namespace Site.Data;

/// <summary>An audit finding in words, in one language: the published and the computed figure and their difference.</summary>
public static class FindingSentence
{
    public static string For(AwardTable table, AuditFinding finding, InterfaceStrings t)
    {
        var language = t.Language;
        var published = finding.Published is { } p ? t.Numbers.Format(p) : t["empty_cell"];
        var difference = (finding.Difference > 0 ? "+" : finding.Difference < 0 ? "−" : string.Empty) + t.Numbers.Format(Math.Abs(finding.Difference));
        return t["audit_finding"]
            .Replace("{row}", table.Row(finding.RowId)!.Label.Get(language), StringComparison.Ordinal)
            .Replace("{column}", table.Column(finding.ColumnId)!.Name(language), StringComparison.Ordinal)
            .Replace("{published}", published, StringComparison.Ordinal)
            .Replace("{computed}", t.Numbers.Format(finding.Computed), StringComparison.Ordinal)
            .Replace("{difference}", difference, StringComparison.Ordinal);
    }
}
