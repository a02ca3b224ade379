using System.Text.Json;
using Site.Diagnostics;
using Site.Tests.Support;
using static Site.Tests.Data.DataSites;

namespace Site.Tests.Data;

/// <summary>
/// `confirmed_findings` acknowledges a finding only with the figures it was checked for: change the published
/// figure or its detail and the finding is a warning again (an error under --strict), at the cell and at the entry.
/// </summary>
public class ConfirmedFindingTests
{
    /// <summary>Row 6 prints 21 for 8 + 12: the row breaks its identity and the total row's 2025 disagrees with the column sum 2026.</summary>
    private static readonly string Broken = ReplaceOnce(Table, "total: 20", "total: 21");

    private const string Confirmations = """

        confirmed_findings:
          - { cell: "6/total", published: 21, adds_up_to: 20 }
          - { cell: "total/total", published: 2025, adds_up_to: 2026 }
        """;

    [Fact]
    public void Confirmed_WithTheFiguresItWasCheckedFor_IsInfo_StrictPasses_AndTheCellStaysMarked()
    {
        var table = Broken + Confirmations;
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess(strict: true);
        var row = site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 21"));
        Assert.Equal(Severity.Info, row.Severity);
        Assert.Contains($"(confirmed in confirmed_findings, line {LineOf(table, "adds_up_to: 20 }")})", row.Message);
        Assert.Equal(Severity.Info, site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 2025")).Severity);
        Assert.Equal("audit-flag", Html.Cell(Html.Page(site, ViPage), "6", "total").ClassName);
        using var json = JsonDocument.Parse(site.ReadOutput("data/2022-05/appendix-05.json"));
        Assert.All(json.RootElement.GetProperty("audit_findings").EnumerateArray(), f => Assert.True(f.GetProperty("confirmed").GetBoolean()));
    }

    [Fact]
    public void Confirmed_WhenThePublishedFigureChanges_IsAWarningAgain_NamingBothFigures()
    {
        var table = ReplaceOnce(Broken, "total: 21", "total: 22");
        table = ReplaceOnce(table, "total: 2025", "total: 2026") + Confirmations;
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess();
        var warning = site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 22"));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("row '6', column 'total': published 22, but total = collectives + individuals gives 20 (difference +2)", warning.Message);
        Assert.Contains($"confirmed_findings (line {LineOf(table, "adds_up_to: 20 }")}) acknowledged published 21, adding up to 20", warning.Message);
        Assert.Contains("{ cell: \"6/total\", published: 22, adds_up_to: 20 }", warning.Hint);

        // The changed total under the acknowledged total-row finding: published 2026 where 2025 was acknowledged.
        var total = site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 2026"));
        Assert.Equal(Severity.Warning, total.Severity);
        Assert.Contains("published 2026, but the sum of the rows above (total) gives 2027", total.Message);
        Assert.Contains("acknowledged published 2025, adding up to 2026", total.Message);

        var entry = site.AssertDiagnostic("SITE055", TablePath[6..], LineOf(table, "adds_up_to: 20 }"));
        Assert.Equal(Severity.Warning, entry.Severity);
        Assert.Contains("confirmed finding '6/total' acknowledged published 21, adding up to 20; the table now prints 22", entry.Message);
        Assert.Equal("audit-flag", Html.Cell(Html.Page(site, EnPage), "6", "total").ClassName);
    }

    [Fact]
    public void Confirmed_WhenTheDetailChanges_IsAWarningAgain()
    {
        var table = ReplaceOnce(Broken, "collectives: 8", "collectives: 7");
        table = ReplaceOnce(table, "collectives: 292", "collectives: 291") + Confirmations;
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess();
        var warning = site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 21"));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("published 21, but total = collectives + individuals gives 19", warning.Message);
        Assert.Contains("acknowledged published 21, adding up to 20", warning.Message);
    }

    [Fact]
    public void Confirmed_WhenTheFigureChanges_FailsTheStrictBuild_AndWritesNothing()
    {
        var table = ReplaceOnce(Broken, "total: 21", "total: 22");
        table = ReplaceOnce(table, "total: 2025", "total: 2026") + Confirmations;
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingError(strict: true);
        site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 22"));
        Assert.False(File.Exists(Path.Combine(site.Output, ViPage)));
    }

    [Fact]
    public void Confirmed_ThatNoLongerMatchesAnyFinding_IsAWarningAtItsLine()
    {
        var table = Table + "\nconfirmed_findings:\n  - { cell: \"6/total\", published: 20, adds_up_to: 21 }\n";
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess();
        var warning = site.AssertDiagnostic("SITE055", TablePath[6..], LineOf(table, "adds_up_to: 21 }"));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'6/total' acknowledged published 20, adding up to 21; the table now prints 20 and its sums agree", warning.Message);
    }

    [Theory]
    [InlineData("confirmed_findings: [\"6/total\", \"total/total\"]", "SITE014", "must be a group of 'key: value' lines")]
    [InlineData("confirmed_findings:\n  - { cell: \"6/total\" }", "SITE050", "must say what it acknowledges")]
    [InlineData("confirmed_findings:\n  - { cell: \"6/total\", adds_up_to: 20 }", "SITE013", "missing required key 'published'")]
    [InlineData("confirmed_findings:\n  - { cell: \"6/totl\", published: 21, adds_up_to: 20 }", "SITE050", "names no cell of this table: '6/totl'")]
    [InlineData("confirmed_findings:\n  - { cell: \"6/total\", published: \"21\", adds_up_to: 20 }", "SITE050", "'published' must be a count or ~ (an empty cell), not '21'")]
    [InlineData("confirmed_findings:\n  - { cell: \"6/total\", published: 21, adds_up_to: 20, text_prints: 20 }", "SITE050", "must acknowledge one thing")]
    public void Confirmed_WithoutTheFiguresItAcknowledges_IsAnError(string entry, string code, string message)
    {
        var table = Broken + "\n" + entry + "\n";
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingError();
        var error = site.Result!.Diagnostics.FirstOrDefault(d => d.Code == code && d.Message.Contains(message, StringComparison.Ordinal));
        Assert.True(error is not null, $"expected {code} '{message}'; got:\n{string.Join('\n', site.Result.Diagnostics)}");
        Assert.Equal(Severity.Error, error!.Severity);
        Assert.True(error.Line >= LineOf(table, entry.Split('\n')[0]), $"reported at line {error.Line}, before the entry");
        // Nothing acknowledged: the finding is still a warning.
        Assert.Equal(Severity.Warning, site.AssertDiagnostic("SITE051", TablePath[6..], LineOf(table, "total: 21")).Severity);
    }

    /// <summary>The table without its total row (every row's identity holds).</summary>
    private static readonly string NoTotal = Table[..Table.IndexOf("  - id: total\n    total: true", StringComparison.Ordinal)].TrimEnd() + "\n";

    [Fact]
    public void NoTotalRow_IsAWarningAtTheRows_AndThePageSaysSo()
    {
        using var site = TestSite.Create(SiteWith(NoTotal));
        site.BuildExpectingSuccess();
        var warning = site.AssertDiagnostic("SITE054", TablePath[6..], LineOf(NoTotal, "- id: \"1\"", after: "rows:"));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("the table has no total row", warning.Message);
        Assert.Contains("{ no_total_row: \"", warning.Hint);
        Assert.Equal("The report prints this table without a total row: its columns are not checked against a printed total.",
            Html.Page(site, EnPage).QuerySelector("p.audit-no-total")?.TextContent);
        Assert.NotNull(Html.Page(site, ViPage).QuerySelector("p.audit-no-total"));

        site.Build(strict: true);
        Assert.False(site.Result!.Succeeded);
    }

    /// <summary>SHA-256 of "1/flags=1721\n1/total=2000\n…6/individuals=12\n" (every printed cell in order), first 12 hex digits, worked out outside the generator.</summary>
    private const string NoTotalFingerprint = "aa6741b677cc";

    [Fact]
    public void NoTotalRow_Confirmed_IsInfo_UntilACellChanges()
    {
        var table = NoTotal + $"confirmed_findings:\n  - {{ no_total_row: \"{NoTotalFingerprint}\" }}\n";
        using (var site = TestSite.Create(SiteWith(table)))
        {
            site.BuildExpectingSuccess(strict: true);
            Assert.Equal(Severity.Info, site.AssertDiagnostic("SITE054", TablePath[6..]).Severity);
        }

        var changed = ReplaceOnce(table, "flags: 3", "flags: 4");
        using (var site = TestSite.Create(SiteWith(changed)))
        {
            site.BuildExpectingError(strict: true);
            var warning = site.AssertDiagnostic("SITE054", TablePath[6..], LineOf(changed, "- id: \"1\"", after: "rows:"));
            Assert.Contains($"acknowledged it for cells {NoTotalFingerprint}, the cells now give", warning.Message);
        }
    }

    [Fact]
    public void NoTotalRow_ConfirmedOnATableThatHasOne_IsAWarning()
    {
        var table = Table + "\nconfirmed_findings:\n  - { no_total_row: \"0123456789ab\" }\n";
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingSuccess();
        Assert.Contains("the table has one", site.AssertDiagnostic("SITE055", TablePath[6..], LineOf(table, "0123456789ab\" }")).Message);
    }

    [Fact]
    public void RealReport_WhenAppendix05Row6TotalChanges_TheConfirmationNoLongerCovers_AndStrictFails()
    {
        using var site = RealInputCopy();
        var path = Path.Combine(site.Input, "editions", "2022-05", "appendices", "05.yml");
        var table = ReplaceOnce(File.ReadAllText(path), "total: 20", "total: 25", after: "- id: \"6\"");
        File.WriteAllText(path, table);
        var result = site.Build(strict: true, write: false);
        Assert.False(result.Succeeded);
        var file = "editions/2022-05/appendices/05.yml";
        var line = LineOf(table, "total: 25", after: "- id: \"6\"");
        var entry = LineOf(table, "{ cell: \"6/total\", published: 20, adds_up_to: 62 }");
        var findings = result.Diagnostics.Where(d => d.Code == "SITE051" && d.File.EndsWith(file, StringComparison.Ordinal) && d.Line == line).ToList();
        // Both rules the changed cell breaks are findings, and neither is covered by the entry for published 20.
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains(findings, f => f.Message.StartsWith("row '6', column 'total': published 25, but total = collectives + individuals gives 62 (difference -37)", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.StartsWith("row '6', column 'total': published 25, but total = certificates gives 20 (difference +5)", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Contains($"confirmed_findings (line {entry}) acknowledged published 20, adding up to 62", f.Message));
        var stale = site.AssertDiagnostic("SITE055", file, entry);
        Assert.Contains("acknowledged published 20, adding up to 62; the table now prints 25", stale.Message);
        // The total row's column sum now disagrees too, and its acknowledged identity finding does not hide it.
        Assert.Contains(result.Diagnostics, d => d.Code == "SITE051" && d.Severity == Severity.Warning
            && d.Message.StartsWith("row 'total', column 'total': published 1721, but the sum of the rows above (total) gives 1726", StringComparison.Ordinal));
    }
}
