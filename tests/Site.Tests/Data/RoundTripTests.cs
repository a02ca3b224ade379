using System.Text.Json;
using Site.Tests.SourceTruth;
using Site.Tests.Support;
using static Site.Tests.Data.DataSites;

namespace Site.Tests.Data;

/// <summary>The downloads, parsed back: the small test table holds exactly its YAML's cells; the real appendices hold the source report's figures.</summary>
public class RoundTripTests : IClassFixture<RealTablesFixture>
{
    private readonly RealTablesFixture _real;

    public RoundTripTests(RealTablesFixture real)
    {
        _real = real;
    }

    [Fact]
    public void RoundTrip_TestTable_WideLongAndJsonHoldEveryCell()
    {
        using var site = TestSite.Create(SiteWith());
        site.BuildExpectingSuccess();
        AssertRoundTrip(ExpectedTable.Load(Table), "2022-05", path => site.ReadOutput(path));
    }

    [Fact]
    public void RoundTrip_TestTable_QuotesALabelWithACommaAndQuotes()
    {
        using var site = TestSite.Create(SiteWith());
        site.BuildExpectingSuccess();
        var text = site.ReadOutput("data/2022-05/appendix-05.csv");
        Assert.Contains("\"Phong trào \"\"Hai, ba\"\"\",\"The \"\"two, three\"\" movement\"", text);
        Assert.Equal("Phong trào \"Hai, ba\"", Csv.Parse(text).Single(r => r[0] == "2")[1]);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("02")]
    [InlineData("05")]
    public void RoundTrip_RealAppendix_WideLongAndJsonHoldTheSourcesFigures_InOrder(string number)
    {
        Assert.True(_real.Result.Succeeded, string.Join('\n', _real.Result.Diagnostics));
        var source = SourceReport.Appendix(number);
        var stem = $"data/2022-05/appendix-{number}";
        static long Count(string text) => long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        // Wide: one record per row, one field per column, empty where the report prints nothing.
        var wide = Csv.Parse(_real.ReadOutput(stem + ".csv"));
        var columns = wide[0][4..^3]; // The last three fields are the uncertain readings, not figures.
        var wideRows = wide.Skip(1).Select(r => new PrintedRow(r[0], r[1],
            columns.Select((c, i) => (c, r[i + 4])).Where(f => f.Item2.Length > 0).Select(f => new PrintedCell(f.c, Count(f.Item2))).ToList())).ToList();
        AssertAsTheSource(source, wideRows, "wide CSV");

        // Long: one record per printed cell; a row that prints nothing has no record.
        var tall = Csv.Parse(_real.ReadOutput(stem + "-long.csv")).Skip(1).ToList();
        Assert.All(tall, r => Assert.Contains(r[1], source.Select(s => s.Id)));
        var tallRows = source.Select(s => new PrintedRow(s.Id, tall.FirstOrDefault(r => r[1] == s.Id)?[2] ?? s.Label,
            tall.Where(r => r[1] == s.Id).Select(r => new PrintedCell(r[4], Count(r[7]))).ToList())).ToList();
        AssertAsTheSource(source, tallRows, "long CSV");

        // JSON: every column of every row, null where empty.
        using var json = JsonDocument.Parse(_real.ReadOutput(stem + ".json"));
        var jsonRows = json.RootElement.GetProperty("rows").EnumerateArray().Select(r => new PrintedRow(
            r.GetProperty("id").GetString()!, r.GetProperty("label").GetProperty("vi").GetString()!,
            r.GetProperty("cells").EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => new PrintedCell(p.Name, p.Value.GetInt64())).ToList())).ToList();
        AssertAsTheSource(source, jsonRows, "JSON");
    }

    private static void AssertAsTheSource(IReadOnlyList<SourceRow> source, List<PrintedRow> rows, string download)
    {
        Assert.Equal(source.Sum(r => r.Numbers.Count), rows.Sum(r => r.Cells.Count));
        var differences = SourceComparison.Differences(source, rows);
        Assert.True(differences.Count == 0, $"the {download} departs from the source report:\n" + string.Join('\n', differences));
    }

    private static void AssertRoundTrip(ExpectedTable expected, string edition, Func<string, string> read)
    {
        var stem = $"data/{edition}/appendix-{expected.Number}";
        var cellCount = expected.Rows.Sum(r => r.Cells.Count);
        Assert.True(cellCount > 0);

        // Wide: one record per printed row, in order, one field per column.
        var wide = Csv.Parse(read(stem + ".csv"));
        Assert.Equal(new[] { "row", "label_vi", "label_en", "is_total" }.Concat(expected.Columns).Concat(["uncertain_columns", "uncertain_vi", "uncertain_en"]), wide[0]);
        Assert.Equal(expected.Rows.Count + 1, wide.Count);
        foreach (var (row, record) in expected.Rows.Zip(wide.Skip(1)))
        {
            Assert.Equal(expected.Columns.Count + 7, record.Length);
            Assert.Equal([row.Id, row.LabelVi, row.LabelEn, row.IsTotal ? "true" : "false"], record[..4]);
            for (var i = 0; i < expected.Columns.Count; i++)
            {
                var value = row.Cell(expected.Columns[i]);
                Assert.True(
                    (value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty) == record[i + 4],
                    $"wide CSV, row {row.Id}, column {expected.Columns[i]}: expected '{value}', found '{record[i + 4]}'");
            }
        }

        // Long: one record per printed (non-empty) cell, nothing else.
        var tall = Csv.Parse(read(stem + "-long.csv"));
        Assert.Equal(["appendix", "row", "label_vi", "label_en", "column", "column_vi", "column_en", "value", "uncertain_vi", "uncertain_en"], tall[0]);
        var expectedLong = expected.Rows
            .SelectMany(r => expected.Columns.Where(c => r.Cell(c) is not null).Select(c => new[]
            {
                expected.Number, r.Id, r.LabelVi, r.LabelEn, c, expected.ColumnNames[c].Vi, expected.ColumnNames[c].En,
                r.Cell(c)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }))
            .ToList();
        Assert.Equal(cellCount, tall.Count - 1);
        foreach (var (want, got) in expectedLong.Zip(tall.Skip(1)))
        {
            Assert.Equal(want, got[..8]);
        }

        // JSON: every column of every row, null where empty.
        using var json = JsonDocument.Parse(read(stem + ".json"));
        var root = json.RootElement;
        Assert.Equal(expected.Number, root.GetProperty("appendix").GetString());
        Assert.Equal(edition, root.GetProperty("edition").GetString());
        Assert.Equal(expected.Columns, root.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("id").GetString()!));
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(expected.Rows.Count, rows.Count);
        foreach (var (row, element) in expected.Rows.Zip(rows))
        {
            Assert.Equal(row.Id, element.GetProperty("id").GetString());
            Assert.Equal(row.LabelVi, element.GetProperty("label").GetProperty("vi").GetString());
            Assert.Equal(row.LabelEn, element.GetProperty("label").GetProperty("en").GetString());
            Assert.Equal(row.IsTotal, element.GetProperty("is_total").GetBoolean());
            var cells = element.GetProperty("cells");
            Assert.Equal(expected.Columns, cells.EnumerateObject().Select(p => p.Name));
            foreach (var column in expected.Columns)
            {
                var cell = cells.GetProperty(column);
                long? found = cell.ValueKind == JsonValueKind.Null ? null : cell.GetInt64();
                Assert.True(row.Cell(column) == found, $"JSON, row {row.Id}, column {column}: expected '{row.Cell(column)}', found '{found}'");
            }
        }
    }
}
