using System.Text.RegularExpressions;
using Site.Tests.SourceTruth;

namespace Site.Tests.Data;

/// <summary>The real appendix pages, in both languages, checked against the source report (not against our YAML).</summary>
public class RealTableTests : IClassFixture<RealTablesFixture>
{
    private readonly RealTablesFixture _real;

    public RealTableTests(RealTablesFixture real)
    {
        _real = real;
    }

    private static string PagePath(string number, string language) =>
        language == "vi" ? $"vi/2022-05/phu-luc/{number}/index.html" : $"en/2022-05/appendices/{number}/index.html";

    /// <summary>The figure columns of each appendix, from the report's column layout (/work/shared/seed/README.md).</summary>
    private static int FigureColumns(string number) => number == "05" ? 17 : 20;

    [Theory]
    [InlineData("01", "vi")]
    [InlineData("01", "en")]
    [InlineData("02", "vi")]
    [InlineData("02", "en")]
    [InlineData("05", "vi")]
    [InlineData("05", "en")]
    public void RealAppendix_EveryRowPrintsTheSourcesFigures_InOrder_InTheReadersFormat(string number, string language)
    {
        Assert.True(_real.Result.Succeeded, string.Join('\n', _real.Result.Diagnostics));
        var source = SourceReport.Appendix(number);
        var page = PageTable.Rows(Html.Parse(_real.ReadOutput(PagePath(number, language))), language, FigureColumns(number));

        // The English page translates the labels: its figures are compared, its labels are the translation's.
        if (language == "en")
        {
            page = page.Zip(source, (row, printed) => row with { Label = printed.Label }).ToList();
        }

        var differences = SourceComparison.Differences(source, page);
        Assert.True(differences.Count == 0, $"{PagePath(number, language)} departs from the source report:\n" + string.Join('\n', differences));
        Assert.Equal(source.Sum(r => r.Numbers.Count), page.Sum(r => r.Cells.Count));
    }

    [Fact]
    public void RealAppendix05_ThousandsAreGroupedPerLanguage()
    {
        var vi = Html.Parse(_real.ReadOutput(PagePath("05", "vi")));
        var en = Html.Parse(_real.ReadOutput(PagePath("05", "en")));
        Assert.Equal("1.721", Html.CellFigure(Html.Cell(vi, "total", "certificates")));
        Assert.Equal("1,721", Html.CellFigure(Html.Cell(en, "total", "certificates")));
        Assert.Equal("1.539", Html.CellFigure(Html.Cell(vi, "total", "individuals")));
        Assert.Equal("1,539", Html.CellFigure(Html.Cell(en, "total", "individuals")));
    }

    /// <summary>
    /// The cells where the report's own arithmetic fails, worked out by hand from the printed figures: the cell, the
    /// figure it prints (null: printed empty) and what its detail adds up to. Appendix 01 adds up everywhere.
    /// </summary>
    public static TheoryData<string, string[]> Findings => new()
    {
        { "01", [] },
        {
            "02",
            [
                "2/total 34 0",              // row 2 prints 34, 16, 18 as total, admin_collectives, other_workers: collectives + individuals are empty
                "2/collectives - 16",        // empty, but admin_collectives is 16
                "2/individuals - 18",        // empty, but other_workers is 18
                "total/total 1.329 1.295",   // 516 + 779 = 1.295
                "total/collectives 516 532", // 456 + 57 + 19 = 532
                "total/individuals 779 797", // 179 + 578 + 9 + 2 + 29 = 797
            ]
        },
        {
            "05",
            [
                "2/collectives 44 45",           // 44 + 1 = 45
                "2/individuals 576 575",         // 33 + 542 = 575
                "6/total 20 62",                 // 20 + 42 = 62
                "total/total 1.721 1.763",       // 224 + 1.539 = 1.763
                "total/collectives 224 225",     // 202 + 9 + 14 = 225
                "total/individuals 1.539 1.538", // 304 + 922 + 16 + 13 + 131 + 152 = 1.538
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Findings))]
    public void RealAppendix_MarksExactlyTheCellsWhereTheReportDoesNotAddUp_WithBothFiguresInTheNote(string number, string[] findings)
    {
        var expected = findings.Select(f => f.Split(' ')).ToList();
        foreach (var language in new[] { "vi", "en" })
        {
            var document = Html.Parse(_real.ReadOutput(PagePath(number, language)));
            Assert.Equal(
                expected.Select(f => "cell-" + f[0].Replace('/', '-')).Order(StringComparer.Ordinal),
                document.QuerySelectorAll("td.audit-flag").Select(td => td.Id!).Order(StringComparer.Ordinal));
            if (language == "en")
            {
                continue; // The notes' figures are checked once, in the Vietnamese format the report uses.
            }

            foreach (var finding in expected)
            {
                var cell = Html.Cell(document, finding[0].Split('/')[0], finding[0].Split('/')[1]);
                Assert.Equal(finding[1] == "-" ? string.Empty : finding[1], Html.CellFigure(cell).Trim());
                var mark = cell.QuerySelector("a.audit-mark")?.GetAttribute("href");
                Assert.True(mark is not null, $"{cell.Id} is flagged without a mark linking to its note");
                var note = Html.Squeeze(document.GetElementById(mark![1..])?.TextContent ?? string.Empty);
                Assert.True(ContainsFigure(note, finding[2]), $"the note of {cell.Id} does not give the detail's sum {finding[2]}: {note}");
                Assert.True(finding[1] == "-" || ContainsFigure(note, finding[1]), $"the note of {cell.Id} does not give the published {finding[1]}: {note}");
            }
        }
    }

    /// <summary>Whether the text holds this figure as a whole number ("1.295" in "… là 1.295 (…", not in "11.295").</summary>
    private static bool ContainsFigure(string text, string figure) =>
        Regex.IsMatch(text, $@"(?<![\d.,]){Regex.Escape(figure)}(?![\d]|[.,]\d)");
}
