using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Site.Tests.Charts;
using Site.Tests.SourceTruth;
using Site.Tests.Support;

namespace Site.Tests.Publishing;

/// <summary>The spreadsheet a newsroom downloads: it opens, it is valid, and its cells are the report's printed figures.</summary>
public class WorkbookTests
{
    private static string WorkbookPath(string language) => Path.Combine(RealSiteBuild.Output, "data", "2022-05", $"appendices-{language}.xlsx");

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void RealSite_Workbook_IsAValidSpreadsheet_WithACoverAndOneSheetPerAppendix(string language)
    {
        using var document = SpreadsheetDocument.Open(WorkbookPath(language), isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        var appendix = language == "vi" ? "Phụ lục" : "Appendix";
        Assert.Equal([language == "vi" ? "Thông tin" : "About", $"{appendix} 01", $"{appendix} 02", $"{appendix} 05"], names);
        var cover = Texts(document, names[0]);
        Assert.Contains(cover, text => text.Contains("Lào Cai", StringComparison.Ordinal));
    }

    /// <summary>Appendix 02's total row as printed in the source report: Tổng số 1.329, tập thể 516, cá nhân 779 (its details add up to 1.295, 532 and 797).</summary>
    [Fact]
    public void RealSite_Workbook_TotalRowOfAppendix02_HoldsThePrintedFigures_AndMarksTheOnesItsSumsContradict()
    {
        using var document = SpreadsheetDocument.Open(WorkbookPath("vi"), isEditable: false);
        var rows = SheetRows(document, "Phụ lục 02");
        var total = RowLabelled(document, rows, "Tổng số");
        var columns = HeaderColumns(document, rows, "Tổng số", "Tập thể", "Cá nhân");
        var printed = columns.Select(column => CellAt(total, column) ?? throw new InvalidOperationException($"no cell in column {column}")).ToList();
        Assert.Equal(["1329", "516", "779"], printed.Select(c => c.CellValue?.Text));
        var unflagged = total.Elements<Cell>().Where(c => c.CellValue is not null && !printed.Contains(c)).ToList();
        Assert.NotEmpty(unflagged);
        Assert.Single(printed.Select(c => c.StyleIndex?.Value).Distinct());
        Assert.DoesNotContain(printed[0].StyleIndex?.Value, unflagged.Select(c => c.StyleIndex?.Value));
        Assert.Contains(Texts(document, "Phụ lục 02"), text => text.Contains("1.329", StringComparison.Ordinal) && text.Contains("1.295", StringComparison.Ordinal));
    }

    /// <summary>Each appendix sheet states, above its headers, the period the report gives (its own phrase) and what the total counts.</summary>
    [Theory]
    [InlineData("02", "từ năm 2011 đến hết quý I/2022")]
    [InlineData("05", "từ ngày 01/01/2021 đến hết ngày 31/3/2022")]
    public void RealSite_Workbook_EachSheetStatesThePeriodTheReportGives_AndWhatItsTotalCounts(string number, string printed)
    {
        Assert.Contains(printed, SourceReport.Text, StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(WorkbookPath("vi"), isEditable: false);
        var rows = SheetRows(document, "Phụ lục " + number);
        var period = rows.Single(r => r.RowIndex!.Value == 4).Elements<Cell>().Select(c => Text(document, c)).ToList();
        var counts = rows.Single(r => r.RowIndex!.Value == 5).Elements<Cell>().Select(c => Text(document, c)).ToList();
        Assert.Equal("Kỳ số liệu", period[0]);
        Assert.Equal(printed, period[1], StringComparer.OrdinalIgnoreCase);
        Assert.Equal("Tổng số đếm gì", counts[0]);
        Assert.StartsWith("Tổng số", counts[1], StringComparison.Ordinal);
    }

    /// <summary>Row 2 of appendix 02 (the Prime Minister's Certificate of Merit) prints 34 in total and nothing under collectives and individuals: empty is not zero.</summary>
    [Fact]
    public void RealSite_Workbook_ACellPrintedEmpty_IsAnEmptyCell_NotZero()
    {
        using var document = SpreadsheetDocument.Open(WorkbookPath("en"), isEditable: false);
        var rows = SheetRows(document, "Appendix 02");
        var row2 = RowLabelled(document, rows, "Prime Minister's Certificate of Merit");
        var columns = HeaderColumns(document, rows, "Total", "Collectives", "Individuals");
        Assert.Equal("34", CellAt(row2, columns[0])?.CellValue?.Text);
        Assert.Null(CellAt(row2, columns[1])?.CellValue);
        Assert.Null(CellAt(row2, columns[2])?.CellValue);
    }

    [Theory]
    [InlineData("vi", "01")]
    [InlineData("vi", "02")]
    [InlineData("vi", "05")]
    [InlineData("en", "01")]
    [InlineData("en", "02")]
    [InlineData("en", "05")]
    public void RealSite_Workbook_EveryAppendixSheet_HoldsTheSourcesFigures_InColumnOrder_UnderItsNumberAndLabel(string language, string number)
    {
        using var document = SpreadsheetDocument.Open(WorkbookPath(language), isEditable: false);
        var sheet = SheetRows(document, $"{(language == "vi" ? "Phụ lục" : "Appendix")} {number}");
        var source = SourceReport.Appendix(number);
        var rows = DataRows(document, sheet);
        if (language == "en")
        {
            rows = rows.Zip(source, (row, printed) => row with { Label = printed.Label }).ToList();
        }

        var differences = SourceComparison.Differences(source, rows);
        Assert.True(differences.Count == 0, $"sheet {number} of appendices-{language}.xlsx departs from the source report:\n" + string.Join('\n', differences));
    }

    /// <summary>Appendix 02, row 3: where five of its figures sit (enterprises or others) rests on the spacing of the extracted text.</summary>
    [Fact]
    public void RealSite_Workbook_AnUncertainReading_HasAStyleOfItsOwn_AndItsRowSaysWhy()
    {
        using var document = SpreadsheetDocument.Open(WorkbookPath("vi"), isEditable: false);
        var rows = SheetRows(document, "Phụ lục 02");
        var row3 = rows.Single(r => r.Elements<Cell>().FirstOrDefault() is { } first && Text(document, first) == "3");
        var columns = HeaderColumns(document, rows, "Tổng số", "Doanh nghiệp");
        var plain = CellAt(row3, columns[0])!.StyleIndex!.Value;
        var uncertain = CellAt(row3, columns[1])!.StyleIndex!.Value;
        Assert.NotEqual(plain, uncertain);
        var flagged = CellAt(RowLabelled(document, rows, "Tổng số"), columns[0])!.StyleIndex!.Value;
        Assert.NotEqual(flagged, uncertain);
        Assert.Contains("khoảng trắng", Text(document, row3.Elements<Cell>().Last()), StringComparison.Ordinal);
        var legend = Texts(document, "Thông tin");
        Assert.Contains(legend, t => t.Contains("chưa chắc chắn", StringComparison.Ordinal));
    }

    [Fact]
    public void Workbook_ACellItsSumsContradict_IsStyledAndNoted_AndNotOnceTheSumsHold()
    {
        using var wrong = TestSite.Create(ChartSites.Site);
        wrong.BuildExpectingSuccess();
        using (var document = SpreadsheetDocument.Open(Path.Combine(wrong.Output, "data", "2022-05", "appendices-vi.xlsx"), isEditable: false))
        {
            var rows = SheetRows(document, "Phụ lục 05");
            var total = RowLabelled(document, rows, "Tổng số");
            var column = HeaderColumns(document, rows, "Hành chính nhà nước")[0];
            Assert.NotEqual(CellAt(total, column)!.StyleIndex?.Value, CellAt(total, HeaderColumns(document, rows, "Tổng số")[0])!.StyleIndex?.Value);
            Assert.Contains("100", Text(document, total.Elements<Cell>().Last()), StringComparison.Ordinal);
        }

        using var right = TestSite.Create(ChartSites.Site.Replace("admin_collectives: 100", "admin_collectives: 101", StringComparison.Ordinal));
        right.BuildExpectingSuccess();
        using (var document = SpreadsheetDocument.Open(Path.Combine(right.Output, "data", "2022-05", "appendices-vi.xlsx"), isEditable: false))
        {
            var rows = SheetRows(document, "Phụ lục 05");
            var total = RowLabelled(document, rows, "Tổng số");
            var column = HeaderColumns(document, rows, "Hành chính nhà nước")[0];
            Assert.Equal(CellAt(total, column)!.StyleIndex?.Value, CellAt(total, HeaderColumns(document, rows, "Tổng số")[0])!.StyleIndex?.Value);
            Assert.Equal(string.Empty, Text(document, total.Elements<Cell>().Last()));
        }
    }

    [Fact]
    public void RealSite_Workbook_KeepsTheHeaderRowsAndRowLabelsInView_WhileTheFiguresScroll()
    {
        using var document = SpreadsheetDocument.Open(WorkbookPath("en"), isEditable: false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Appendix 05");
        var pane = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("C9", pane.TopLeftCell!.Value);
        Assert.Equal(["No.", "Movement"], SheetRows(document, "Appendix 05").Single(r => r.RowIndex!.Value == 7).Elements<Cell>().Take(2).Select(c => Text(document, c)));
    }

    /// <summary>The rows under the two header rows, to the first blank one: the number (blank for the total row), the label and the figures, in column order.</summary>
    private static List<PrintedRow> DataRows(SpreadsheetDocument document, List<Row> rows)
    {
        var header = rows.Single(r => r.RowIndex!.Value == 7).Elements<Cell>().ToList();
        var result = new List<PrintedRow>();
        foreach (var row in rows.Where(r => r.RowIndex!.Value >= 9).TakeWhile(r => r.Elements<Cell>().Any()))
        {
            var cells = row.Elements<Cell>().ToList();
            var number = Text(document, cells[0]);
            result.Add(new PrintedRow(number.Length == 0 ? "total" : number, Text(document, cells[1]),
                cells.Where(c => c.DataType?.Value == CellValues.Number).Select(c => new PrintedCell(c.CellReference!.Value!, long.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture))).ToList()));
        }

        Assert.True(result.Count > 2, "no rows under the header");
        return result;
    }

    /// <summary>The row whose label (second column) is <paramref name="label"/>.</summary>
    private static Row RowLabelled(SpreadsheetDocument document, List<Row> rows, string label) =>
        rows.Single(r => r.Elements<Cell>().Skip(1).FirstOrDefault() is { } cell && Text(document, cell) == label && r.RowIndex!.Value >= 9);

    /// <summary>The columns (letters) under these labels in the first header row, where a column without a group has its label.</summary>
    private static List<string> HeaderColumns(SpreadsheetDocument document, List<Row> rows, params string[] labels)
    {
        var header = rows.Single(r => r.RowIndex?.Value == 7).Elements<Cell>().ToList();
        return labels.Select(label => header.First(c => Text(document, c) == label).CellReference!.Value!.TrimEnd("0123456789".ToCharArray())).ToList();
    }

    private static Cell? CellAt(Row row, string column) =>
        row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value == column + row.RowIndex!.Value);

    private static List<Row> SheetRows(SpreadsheetDocument document, string sheetName)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Elements<SheetData>().Single().Elements<Row>().ToList();
    }

    private static List<string> Texts(SpreadsheetDocument document, string sheetName) =>
        SheetRows(document, sheetName).SelectMany(r => r.Elements<Cell>()).Select(c => Text(document, c)).Where(t => t.Length > 0).ToList();

    private static string Text(SpreadsheetDocument document, Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
}
