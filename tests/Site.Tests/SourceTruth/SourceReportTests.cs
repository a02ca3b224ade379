using System.Text.RegularExpressions;
using Site.Tests.Data;
using Site.Tests.Support;

namespace Site.Tests.SourceTruth;

/// <summary>The transcription in input/ checked against the source report itself, not against our own YAML.</summary>
public partial class SourceReportTests
{
    private static string AppendixPath(string number) => Path.Combine(TestSite.RepositoryRoot, "input", "editions", "2022-05", "appendices", number + ".yml");

    [Fact]
    public void SourceReader_ReadsTheAppendixRowsAsPrinted()
    {
        // Written by hand from the source text, to show the reader finds the rows and the figures the PDF prints.
        var rows01 = SourceReport.Appendix("01");
        Assert.Equal(["1", "2", "3", "total"], rows01.Select(r => r.Id));
        Assert.Empty(rows01[0].Numbers);
        Assert.Equal("Bằng khen của Thủ tướng Chính phủ", rows01[1].Label);
        Assert.Equal([10L, 4, 6, 3, 5, 1, 1], rows01[1].Numbers);
        Assert.Equal([1L, 263, 38, 225, 36, 39, 175, 10, 1, 2], rows01[3].Numbers);

        var rows02 = SourceReport.Appendix("02");
        Assert.Equal(["1", "2", "3", "total"], rows02.Select(r => r.Id));
        Assert.Equal([34L, 16, 18], rows02[1].Numbers);
        Assert.Equal([1295L, 516, 779, 440, 179, 578, 57, 9, 2, 19, 11], rows02[2].Numbers);
        Assert.Equal([1329L, 516, 779, 456, 179, 578, 57, 9, 2, 19, 29], rows02[3].Numbers);

        var rows05 = SourceReport.Appendix("05");
        Assert.Equal(["1", "2", "3", "4", "5", "6", "total"], rows05.Select(r => r.Id));
        Assert.Equal("Phong trào “Thanh niên làm chủ đất nước”", rows05[3].Label);
        Assert.Equal([5L, 20, 20, 20, 42, 20, 36, 6], rows05[5].Numbers);
        Assert.Equal([128L, 1721, 1721, 224, 1539, 202, 304, 922, 9, 16, 13, 14, 131, 152], rows05[6].Numbers);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("02")]
    [InlineData("05")]
    public void Yaml_EveryAppendixRow_HoldsTheSourcesFigures_InColumnOrder(string number)
    {
        var source = SourceReport.Appendix(number);
        Assert.True(source.Sum(r => r.Numbers.Count) > 20, $"appendix {number}: the source reader found almost no figures");
        var differences = SourceComparison.Differences(source, ExpectedTable.LoadFile(AppendixPath(number)).PrintedRows());
        Assert.True(differences.Count == 0, $"appendices/{number}.yml departs from the source report:\n" + string.Join('\n', differences));
    }

    [Fact]
    public void Yaml_ASlipThatKeepsEverySum_IsReportedAtExactlyItsFourCells()
    {
        // Appendix 05, rows 1 and 2: admin_leaders +1/−1 and admin_workers −1/+1. Each row's individuals and each
        // column's sum are unchanged, so the build's audit has nothing to say; only the source can tell.
        var yaml = File.ReadAllText(AppendixPath("05"));
        var slipped = Change(yaml, "1", "admin_leaders: 212", "admin_leaders: 213");
        slipped = Change(slipped, "1", "admin_workers: 300", "admin_workers: 299");
        slipped = Change(slipped, "2", "admin_leaders: 33", "admin_leaders: 32");
        slipped = Change(slipped, "2", "admin_workers: 542", "admin_workers: 543");

        var original = ExpectedTable.Load(yaml);
        var mutated = ExpectedTable.Load(slipped);
        foreach (var (before, after) in original.Rows.Zip(mutated.Rows))
        {
            Assert.Equal(before.Cells.Values.Sum(), after.Cells.Values.Sum());
        }

        foreach (var column in original.Columns)
        {
            Assert.Equal(original.Rows.Where(r => !r.IsTotal).Sum(r => r.Cell(column) ?? 0), mutated.Rows.Where(r => !r.IsTotal).Sum(r => r.Cell(column) ?? 0));
        }

        var source = SourceReport.Appendix("05");
        Assert.Empty(SourceComparison.Differences(source, original.PrintedRows()));
        var differences = SourceComparison.Differences(source, mutated.PrintedRows());
        Assert.Equal(
            [("1", "admin_leaders"), ("1", "admin_workers"), ("2", "admin_leaders"), ("2", "admin_workers")],
            differences.Select(d => (d.Row, d.Column)));
        Assert.Equal("row 1, column admin_leaders: the source prints 212, the table has 213", differences[0].ToString());
    }

    [Fact]
    public void Yaml_TwoFiguresSwappedBetweenColumns_AreBothReported()
    {
        // Appendix 02 row 2 prints 34, 16, 18. The source keeps the order of a row's figures, not their columns (those
        // are reconstructed, see the transcription notes): a swap changes the order and is caught here.
        var yaml = File.ReadAllText(AppendixPath("02"));
        var swapped = Change(yaml, "2", "admin_collectives: 16", "admin_collectives: 18");
        swapped = Change(swapped, "2", "other_workers: 18", "other_workers: 16");
        var differences = SourceComparison.Differences(SourceReport.Appendix("02"), ExpectedTable.Load(swapped).PrintedRows());
        Assert.Equal([("2", "admin_collectives"), ("2", "other_workers")], differences.Select(d => (d.Row, d.Column)));
    }

    [Fact]
    public void Yaml_ADroppedFigure_IsReportedForItsRow()
    {
        var yaml = File.ReadAllText(AppendixPath("01"));
        var dropped = Change(yaml, "3", "      public_workers: 1\n", string.Empty);
        var difference = Assert.Single(SourceComparison.Differences(SourceReport.Appendix("01"), ExpectedTable.Load(dropped).PrintedRows()));
        Assert.Equal(("3", (string?)null), (difference.Row, difference.Column));
        Assert.Contains("the source prints 10 figures", difference.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Glossary_EveryVietnameseTerm_OccursInTheSourceReport()
    {
        var glossary = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "input", "glossary.yml"));
        var terms = TermLine().Matches(glossary).Select(m => m.Groups[1].Value).ToList();
        Assert.True(terms.Count >= 40, $"only {terms.Count} glossary terms were read");
        var missing = NotInTheSource(terms);
        Assert.True(missing.Count == 0, $"{missing.Count} glossary terms do not occur in the source report:\n- " + string.Join("\n- ", missing));

        // The same check catches a term the report does not use: one letter off ("thi dua" for "thi đua").
        Assert.Equal(["phong trào thi dua"], NotInTheSource([.. terms, "phong trào thi dua"]));
    }

    private static List<string> NotInTheSource(IEnumerable<string> terms)
    {
        var source = Comparable(SourceReport.Text);
        return terms.Where(t => !source.Contains(Comparable(t), StringComparison.Ordinal)).ToList();
    }

    /// <summary>Lower case, one space per run of white space, and the source's two spellings of "Ủy" made one (see glossary.yml).</summary>
    private static string Comparable(string text) =>
        SourceReport.Collapse(text.Normalize(System.Text.NormalizationForm.FormC)).ToLowerInvariant().Replace("uỷ", "ủy", StringComparison.Ordinal);

    /// <summary>Replaces <paramref name="from"/> inside the row with id <paramref name="row"/> only; fails if it is not there.</summary>
    private static string Change(string yaml, string row, string from, string to)
    {
        var start = yaml.IndexOf($"  - id: \"{row}\"\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row {row}");
        var end = yaml.IndexOf("\n  - id: ", start + 1, StringComparison.Ordinal);
        var index = yaml.IndexOf(from, start, StringComparison.Ordinal);
        Assert.True(index >= 0 && (end < 0 || index < end), $"'{from}' is not in row {row}");
        return yaml[..index] + to + yaml[(index + from.Length)..];
    }

    /// <summary>The Vietnamese side of each term: the `vi:` line right under its `- id:` line.</summary>
    [GeneratedRegex("^  - id: [^\\n]+\\n    vi: \"([^\"]+)\"", RegexOptions.Multiline)]
    private static partial Regex TermLine();
}
