using System.Text.RegularExpressions;
using Site.Content;
using Site.Data;
using Site.Diagnostics;
using Site.Tests.SourceTruth;
using Site.Tests.Support;

namespace Site.Tests.Data;

/// <summary>Each table declares the period its figures cover and what its total counts; a mistake in either is a located error.</summary>
public partial class PeriodTests
{
    private const string DeclaredPeriod = """
        period:
          from: "2021-01-01"
          to: "2022-03-31"
        """;

    [Theory]
    [InlineData("to: \"2022-03-31\"", "to: \"2022-13\"", "to: \"2022-03-31\"")] // no month 13
    [InlineData("from: \"2021-01-01\"", "from: \"2021-02-30\"", "from: \"2021-01-01\"")] // no 30 February
    [InlineData("from: \"2021-01-01\"", "from: \"21-01\"", "from: \"2021-01-01\"")] // not yyyy
    public void APeriodDateNotOfTheCalendar_IsAnErrorAtItsLine(string find, string replace, string line)
    {
        var table = DataSites.ReplaceOnce(DataSites.Table, find, replace);
        using var site = TestSite.Create(DataSites.SiteWith(table));
        site.BuildExpectingError();
        var error = site.AssertDiagnostic(DiagnosticCodes.TablePeriod, DataSites.TablePath, DataSites.LineOf(DataSites.Table, line));
        Assert.Contains("is not a date of the calendar", error.Message, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM", error.Hint ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void APeriodWithOneEndOnly_IsAnErrorAtThatEnd_SayingWhatIsMissing()
    {
        var table = DataSites.ReplaceOnce(DataSites.Table, "  to: \"2022-03-31\"\n", string.Empty);
        using var site = TestSite.Create(DataSites.SiteWith(table));
        site.BuildExpectingError();
        var error = site.AssertDiagnostic(DiagnosticCodes.TablePeriod, DataSites.TablePath, DataSites.LineOf(DataSites.Table, "from: \"2021-01-01\""));
        Assert.Contains("gives 'from' without 'to'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APeriodThatEndsBeforeItBegins_IsAnErrorAtItsEnd()
    {
        var table = DataSites.ReplaceOnce(DataSites.Table, "to: \"2022-03-31\"", "to: \"2020\"");
        using var site = TestSite.Create(DataSites.SiteWith(table));
        site.BuildExpectingError();
        var error = site.AssertDiagnostic(DiagnosticCodes.TablePeriod, DataSites.TablePath, DataSites.LineOf(DataSites.Table, "to: \"2022-03-31\""));
        Assert.Contains("ends (2020) before it begins (2021-01-01)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APeriodEndingInTheMonthItBegins_AtMonthPrecision_IsAccepted()
    {
        // "2022-03" to "2022-03" is March 2022: its last day is not before its first.
        var table = DataSites.ReplaceOnce(DataSites.ReplaceOnce(DataSites.Table, "from: \"2021-01-01\"", "from: \"2022-03\""), "to: \"2022-03-31\"", "to: \"2022-03\"");
        using var site = TestSite.Create(DataSites.SiteWith(table));
        site.BuildExpectingSuccess(strict: true);
    }

    [Theory]
    [InlineData("period")]
    [InlineData("total_counts")]
    public void ATableThatDoesNotDeclareItsPeriodOrWhatItsTotalCounts_IsAWarningAtItsNumber_ThatFailsAStrictBuild(string key)
    {
        var table = Regex.Replace(DataSites.Table, $@"^{key}:\n(  .*\n)+", string.Empty, RegexOptions.Multiline);
        Assert.DoesNotContain($"{key}:", table, StringComparison.Ordinal);
        using var site = TestSite.Create(DataSites.SiteWith(table));
        site.BuildExpectingSuccess();
        var warning = site.AssertDiagnostic(DiagnosticCodes.PeriodUndeclared, DataSites.TablePath, 1);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains(key == "period" ? "which period its figures cover" : "what its total counts", warning.Message, StringComparison.Ordinal);
        Assert.False(site.Build(strict: true).Succeeded);
    }

    [Fact]
    public void AMovementThatCitesAnAppendixWithoutAPeriod_IsAWarningAtItsAppendixKey()
    {
        var prose = DataSites.Prose("Văn bản.", "Text.").Replace("launched_by: province\n", "launched_by: province\nappendix: \"05\"\n", StringComparison.Ordinal);
        using var site = TestSite.Create(DataSites.SiteWith(extra: prose));
        site.BuildExpectingSuccess();
        var warning = site.AssertDiagnostic(DiagnosticCodes.PeriodUndeclared, "movements/test.vi.md", 6);
        Assert.Contains("does not say which period its figures cover", warning.Message, StringComparison.Ordinal);

        using var declared = TestSite.Create(DataSites.SiteWith(extra: prose.Replace("appendix: \"05\"\n", "appendix: \"05\"\nperiod: \"Năm 2021\"\n", StringComparison.Ordinal)));
        declared.BuildExpectingSuccess();
        declared.AssertNoDiagnostic(DiagnosticCodes.PeriodUndeclared);
    }

    /// <summary>The periods as the source report states them (expected values read from the report, not from our YAML).</summary>
    [Theory]
    [InlineData("02", "2011", "2022-03", "từ năm 2011 đến hết quý I/2022", "516 tập thể và 779 cá nhân")]
    [InlineData("05", "2021-01-01", "2022-03-31", "từ ngày 01/01/2021 đến hết ngày 31/3/2022", "tặng Cờ thi đua cho 78 tập thể; tặng Bằng khen cho 101 tập thể và 795 cá nhân")]
    public void RealTable_DeclaresThePeriodTheReportGivesForItsFigures(string number, string from, string to, string phrase, string figures)
    {
        var sentence = Sentences(SourceReport.Text).Single(s => s.Contains(figures, StringComparison.Ordinal));
        Assert.Contains(phrase, sentence, StringComparison.Ordinal);
        var period = RealTable(number).Period;
        Assert.NotNull(period);
        Assert.Equal((from, to), (period.From?.ToString(), period.To?.ToString()));
        Assert.Equal(phrase, period.Label.Get("vi"), ignoreCase: true);
        Assert.NotEqual(string.Empty, period.Label.Get("en"));
    }

    [Fact]
    public void RealTable01_StatesNoPeriod_BecauseSection21OfTheReportGivesNone()
    {
        var text = SourceReport.Text;
        var section = text[text.IndexOf("2.1. Phong trào thi đua đặc biệt", StringComparison.Ordinal)..text.IndexOf("2.2. Phong trào thi đua", StringComparison.Ordinal)];
        Assert.DoesNotMatch(PeriodPhrase(), section);
        var period = RealTable("01").Period;
        Assert.NotNull(period);
        Assert.False(period.IsStated);
        Assert.Contains("không nêu", period.Label.Get("vi"), StringComparison.Ordinal);
        Assert.Contains("Not stated", period.Label.Get("en"), StringComparison.Ordinal);
    }

    [Fact]
    public void RealTable05_SaysItsTotalCountsCertificatesOnly_NotTheFlagsTheReportPrintsBesideIt()
    {
        var total = SourceReport.Appendix("05")[^1];
        Assert.Equal([128, 1721, 1721], total.Numbers.Take(3)); // flags, certificates, total: the total repeats the certificates
        var counts = RealTable("05").TotalCounts;
        Assert.Contains("không gồm 128 Cờ Thi đua", counts.Get("vi"), StringComparison.Ordinal);
        Assert.Contains("not the 128 Provincial Emulation Flags", counts.Get("en"), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Sentences(string text) => text.Split(". ");

    private static AwardTable RealTable(string number)
    {
        var path = Path.Combine(TestSite.RepositoryRoot, "input", "editions", "2022-05", "appendices", number + ".yml");
        var awardIds = AwardId().Matches(File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "input", "award-forms.yml"))).Select(m => m.Groups[1].Value).ToHashSet();
        var diagnostics = new DiagnosticBag();
        var table = AwardTableReader.Read(new SourceFile($"editions/2022-05/appendices/{number}.yml", path, File.ReadAllText(path)), "2022-05", awardIds, ["vi", "en"], diagnostics);
        Assert.True(diagnostics.All.All(d => d.Severity != Severity.Error && d.Code != DiagnosticCodes.PeriodUndeclared), string.Join('\n', diagnostics.All));
        return table!;
    }

    [GeneratedRegex(@"(?m)^\s+- id: ([a-z-]+)")]
    private static partial Regex AwardId();

    [GeneratedRegex(@"từ (ngày|năm|tháng) [0-9/]+ đến")]
    private static partial Regex PeriodPhrase();
}
