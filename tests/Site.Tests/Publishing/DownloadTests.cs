using System.Text;
using System.Text.Json;
using Site.Tests.Charts;
using Site.Tests.Data;
using Site.Tests.SourceTruth;
using Site.Tests.Support;

namespace Site.Tests.Publishing;

/// <summary>The CSV a reader opens in Excel and the data package a program reads, checked against the source report and the YAML read independently.</summary>
public class DownloadTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static string AppendixYaml(string number) => Path.Combine(TestSite.RepositoryRoot, "input", "editions", "2022-05", "appendices", number + ".yml");

    private static List<string[]> ReaderCsv(string output, string number, string language)
    {
        var bytes = File.ReadAllBytes(Path.Combine(output, "data", "2022-05", $"appendix-{number}.{language}.csv"));
        Assert.True(bytes.AsSpan().StartsWith(Bom), "the CSV does not start with a UTF-8 byte order mark: Excel on Windows would garble its Vietnamese");
        return Csv.Parse(new UTF8Encoding(false).GetString(bytes, Bom.Length, bytes.Length - Bom.Length));
    }

    [Theory]
    [InlineData("01")]
    [InlineData("02")]
    [InlineData("05")]
    public void RealReaderCsv_HasTheTablesOwnColumnLabels_InEachLanguage_AndEveryRowHoldsTheSourcesFigures(string number)
    {
        var expected = ExpectedTable.LoadFile(AppendixYaml(number));
        foreach (var language in new[] { "vi", "en" })
        {
            var records = ReaderCsv(RealSiteBuild.Output, number, language);
            var header = records[0];
            var names = expected.Columns.Select(c => language == "vi" ? expected.ColumnNames[c].Vi : expected.ColumnNames[c].En).ToList();
            Assert.Equal(names, header.Skip(2).Take(names.Count));
            Assert.Equal(language == "vi" ? ["Kỳ số liệu", "Tổng số đếm gì", "Ghi chú về số liệu", "Nguồn"] : ["Period covered", "What the total counts", "Notes on the figures", "Source"], header.Skip(2 + names.Count));
            Assert.DoesNotContain(header, h => h.Contains('_', StringComparison.Ordinal));

            var rows = records.Skip(1).Select(r => new PrintedRow(r[0].Length == 0 ? "total" : r[0], r[1],
                names.Select((_, i) => (Column: expected.Columns[i], Text: r[2 + i])).Where(c => c.Text.Length > 0)
                    .Select(c => new PrintedCell(c.Column, long.Parse(c.Text, System.Globalization.CultureInfo.InvariantCulture))).ToList())).ToList();
            var source = SourceReport.Appendix(number);
            if (language == "en")
            {
                rows = rows.Zip(source, (row, printed) => row with { Label = printed.Label }).ToList();
            }

            var differences = SourceComparison.Differences(source, rows);
            Assert.True(differences.Count == 0, $"appendix-{number}.{language}.csv departs from the source report:\n" + string.Join('\n', differences));
            Assert.All(records.Skip(1), r => Assert.StartsWith(language == "vi" ? "Ủy ban nhân dân tỉnh Lào Cai" : "People's Committee of Lào Cai Province", r[^1], StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// The period on every row is the report's own phrase (sections 2.2 and 3.1 print "từ năm 2011 đến hết quý I/2022"
    /// and "từ ngày 01/01/2021 đến hết ngày 31/3/2022"); only the total row says what it counts, and appendix 05's
    /// says its total leaves out the 128 flags.
    /// </summary>
    [Theory]
    [InlineData("02", "từ năm 2011 đến hết quý I/2022")]
    [InlineData("05", "từ ngày 01/01/2021 đến hết ngày 31/3/2022")]
    public void RealReaderCsv_EveryRowStatesThePeriodTheReportGives_AndTheTotalRowWhatItCounts(string number, string printed)
    {
        Assert.Contains(printed, SourceReport.Text, StringComparison.Ordinal);
        var records = ReaderCsv(RealSiteBuild.Output, number, "vi");
        var period = Array.IndexOf(records[0], "Kỳ số liệu");
        var counts = Array.IndexOf(records[0], "Tổng số đếm gì");
        Assert.True(period > 1 && counts == period + 1, $"appendix-{number}.vi.csv has no period and counts columns: {string.Join(" | ", records[0])}");
        Assert.All(records.Skip(1), r => Assert.Equal(printed, r[period], StringComparer.OrdinalIgnoreCase));
        Assert.All(records.Skip(1), r => Assert.Equal(r[1] == "Tổng số", r[counts].Length > 0));
        if (number == "05")
        {
            Assert.Contains("128 Cờ Thi đua", records.Single(r => r[1] == "Tổng số")[counts], StringComparison.Ordinal);
        }
    }

    /// <summary>Appendix 02's total row prints 1.329, its details add up to 1.295 (the source report, row "Tổng số").</summary>
    [Fact]
    public void RealReaderCsv_TotalRowOfAppendix02_SaysInItsNotesWhichPrintedFigureItsSumsContradict()
    {
        var total = ReaderCsv(RealSiteBuild.Output, "02", "vi").Single(r => r[1] == "Tổng số");
        Assert.Contains("1.329", total[^2], StringComparison.Ordinal);
        Assert.Contains("1.295", total[^2], StringComparison.Ordinal);
        var english = ReaderCsv(RealSiteBuild.Output, "02", "en").Single(r => r[1] == "Total");
        Assert.Contains("1,329", english[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderCsvNotes_AreEmptyWhereTheSumsHold_AndNameTheCellOnceOneIsWrong()
    {
        using var site = TestSite.Create(ChartSites.Site.Replace("admin_collectives: 100", "admin_collectives: 101", StringComparison.Ordinal));
        site.BuildExpectingSuccess();
        Assert.All(ReaderCsv(site.Output, "05", "vi").Skip(1), r => Assert.Equal(string.Empty, r[^2]));

        using var wrong = TestSite.Create(ChartSites.Site);
        wrong.BuildExpectingSuccess();
        var rows = ReaderCsv(wrong.Output, "05", "vi").Skip(1).ToList();
        Assert.Equal(["", ""], rows.Take(2).Select(r => r[^2]));
        Assert.Contains("Hành chính nhà nước – Tập thể", rows[2][^2], StringComparison.Ordinal);
        Assert.Contains("100", rows[2][^2], StringComparison.Ordinal);
        Assert.Contains("101", rows[2][^2], StringComparison.Ordinal);
    }

    [Fact]
    public void RealDataPackage_DescribesEveryCsvByItsOwnHeader_AndEveryResourceIsPublished()
    {
        var folder = Path.Combine(RealSiteBuild.Output, "data", "2022-05");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json")));
        var root = manifest.RootElement;
        Assert.Equal("tabular-data-package", root.GetProperty("profile").GetString());
        Assert.Contains("Lào Cai", root.GetProperty("sources")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        var resources = root.GetProperty("resources").EnumerateArray().ToList();
        var paths = resources.Select(r => r.GetProperty("path").GetString()!).ToList();
        var published = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Where(f => f != "datapackage.json").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(published, paths.Order(StringComparer.Ordinal));
        var tabular = resources.Where(r => r.TryGetProperty("schema", out _)).ToList();
        Assert.Equal(published.Count(p => p.EndsWith(".csv", StringComparison.Ordinal)), tabular.Count);
        foreach (var resource in tabular)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, resource.GetProperty("path").GetString()!));
            var withBom = bytes.AsSpan().StartsWith(Bom);
            Assert.Equal(withBom ? "utf-8-sig" : "utf-8", resource.GetProperty("encoding").GetString());
            var header = Csv.Parse(Encoding.UTF8.GetString(bytes, withBom ? 3 : 0, bytes.Length - (withBom ? 3 : 0)))[0];
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(header, fields.Select(f => f.GetProperty("name").GetString()!));
            Assert.Contains(fields, f => f.GetProperty("type").GetString() == "integer");
        }
    }

    [Fact]
    public void RealDefaultLanguageRoot_AnswersWithARedirectToTheHome_AsHugoDoes()
    {
        var html = File.ReadAllText(Path.Combine(RealSiteBuild.Output, "vi", "index.html"));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=../\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://laocai-emulation.github.io/site/\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../\">", html, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"Content-Security-Policy\"", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RealSiteBuild.Output, "en", "index.html")));
        Assert.DoesNotContain("http-equiv=\"refresh\"", File.ReadAllText(Path.Combine(RealSiteBuild.Output, "en", "index.html")), StringComparison.Ordinal);
    }

    /// <summary>The language root is an address of the site like any other: a page's alias that claims it is refused.</summary>
    [Fact]
    public void DefaultLanguageRoot_ClaimedByAPagesAlias_IsACollision()
    {
        using var site = TestSite.Create(TestSite.MinimalSite + """

            -- input/pages/about.vi.md --
            ---
            title: "Giới thiệu"
            summary: "Về trang"
            aliases: ["/vi/"]
            ---
            Nội dung.
            """);
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE022", "pages/about.vi.md");
    }
}
