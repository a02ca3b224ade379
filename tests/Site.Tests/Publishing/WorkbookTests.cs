using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
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
        var total = rows.Single(r => r.Elements<Cell>().FirstOrDefault() is { } first && Text(document, first) == "Tổng số");
        var columns = HeaderColumns(document, rows, "Tổng số", "Tập thể", "Cá nhân");
        var printed = columns.Select(column => CellAt(total, column) ?? throw new InvalidOperationException($"no cell in column {column}")).ToList();
        Assert.Equal(["1329", "516", "779"], printed.Select(c => c.CellValue?.Text));
        var unflagged = total.Elements<Cell>().Skip(1).Where(c => c.CellValue is not null && !printed.Contains(c)).ToList();
        Assert.NotEmpty(unflagged);
        Assert.Single(printed.Select(c => c.StyleIndex?.Value).Distinct());
        Assert.DoesNotContain(printed[0].StyleIndex?.Value, unflagged.Select(c => c.StyleIndex?.Value));
        Assert.Contains(Texts(document, "Phụ lục 02"), text => text.Contains("1.329", StringComparison.Ordinal) && text.Contains("1.295", StringComparison.Ordinal));
    }

    /// <summary>Row 2 of appendix 02 (the Prime Minister's Certificate of Merit) prints 34 in total and nothing under collectives and individuals: empty is not zero.</summary>
    [Fact]
    public void RealSite_Workbook_ACellPrintedEmpty_IsAnEmptyCell_NotZero()
    {
        using var document = SpreadsheetDocument.Open(WorkbookPath("en"), isEditable: false);
        var rows = SheetRows(document, "Appendix 02");
        var row2 = rows.Single(r => r.Elements<Cell>().FirstOrDefault() is { } first && Text(document, first) == "Prime Minister's Certificate of Merit");
        var columns = HeaderColumns(document, rows, "Total", "Collectives", "Individuals");
        Assert.Equal("34", CellAt(row2, columns[0])?.CellValue?.Text);
        Assert.Null(CellAt(row2, columns[1])?.CellValue);
        Assert.Null(CellAt(row2, columns[2])?.CellValue);
    }

    /// <summary>The columns (letters) under these labels in the first header row, where a column without a group has its label.</summary>
    private static List<string> HeaderColumns(SpreadsheetDocument document, List<Row> rows, params string[] labels)
    {
        var header = rows.Single(r => r.RowIndex?.Value == 5).Elements<Cell>().ToList();
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
