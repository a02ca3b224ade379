using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Site.Content;
using Site.Data;
using Site.Loading;
using Site.Output;
using Site.Text;

namespace Site.Publishing;

/// <summary>
/// An edition's appendix tables as one spreadsheet per language, for a newsroom: a cover sheet (title, issuer, date,
/// period, source, licence, contact), then one sheet per appendix with its two header rows, every cell as printed
/// (an empty cell stays empty), the cells its own arithmetic contradicts filled and listed under the table.
/// </summary>
public static class TableWorkbook
{
    /// <summary>Every zip entry carries this time, so that the same tables give the same bytes whatever the clock.</summary>
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const uint BoldStyle = 1;
    private const uint NumberStyle = 2;
    private const uint FlaggedNumberStyle = 3;

    public static string PathFor(string editionId, string language) => $"data/{editionId}/appendices-{language}.xlsx";

    public static IEnumerable<OutputFile> Create(ContentSet content)
    {
        foreach (var edition in content.Editions)
        {
            var tables = content.Tables.Where(t => t.EditionId == edition.Id).OrderBy(t => t.Number, StringComparer.Ordinal).ToList();
            if (tables.Count == 0)
            {
                continue;
            }

            foreach (var language in content.Config.Languages)
            {
                yield return new OutputFile(PathFor(edition.Id, language), Write(content.Config, content.Strings[language], edition, tables, language));
            }
        }
    }

    private static byte[] Write(SiteConfig config, InterfaceStrings t, Edition edition, IReadOnlyList<AwardTable> tables, string language)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            // Explicit relationship ids: the SDK's own are random, and the same tables must give the same bytes.
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Styles();
            AddSheet(workbook, t["xlsx_about"], Cover(config, t, edition, tables, language), merges: []);
            foreach (var table in tables)
            {
                var (rows, merges) = TableSheet(t, table, language);
                AddSheet(workbook, $"{t["appendix"]} {table.Number}", rows, merges);
            }
        }

        return WithFixedTimes(buffer.ToArray());
    }

    private static List<Row> Cover(SiteConfig config, InterfaceStrings t, Edition edition, IReadOnlyList<AwardTable> tables, string language)
    {
        var rows = new List<Row>
        {
            Line(TextCell(edition.Title.Get(language), BoldStyle)),
            Line(TextCell(config.Title.Get(language))),
            Line(),
            Line(TextCell(t["issuer"], BoldStyle), TextCell(edition.Issuer.Get(language))),
            Line(TextCell(t["date"], BoldStyle), TextCell(edition.IssuedOn.Format(t.Dates))),
            Line(TextCell(t["period"], BoldStyle), TextCell(edition.Period.Get(language))),
            Line(TextCell(t["source"], BoldStyle), TextCell(config.BaseUrl)),
            Line(TextCell(t["licence"], BoldStyle), TextCell(config.Licence.Get(language))),
            Line(TextCell(t["contact"], BoldStyle), TextCell(config.Contact ?? string.Empty)),
            Line(),
            Line(TextCell(t["xlsx_notes"])),
            Line(),
        };
        rows.AddRange(tables.Select(table => Line(TextCell($"{t["appendix"]} {table.Number}", BoldStyle), TextCell(table.Subtitle.Get(language)))));
        return rows;
    }

    /// <summary>Row header and ungrouped columns span both header rows; a group's label spans its columns.</summary>
    private static (List<Row> Rows, List<string> Merges) TableSheet(InterfaceStrings t, AwardTable table, string language)
    {
        var rows = new List<Row>
        {
            Line(TextCell(table.Title.Get(language), BoldStyle)),
            Line(TextCell(table.Subtitle.Get(language))),
            Line(TextCell(table.AttachedTo.Get(language))),
            Line(),
        };
        var merges = new List<string> { "A5:A6" };
        var groups = new List<Cell> { TextCell(table.RowHeader.Get(language), BoldStyle) };
        var labels = new List<Cell> { TextCell(string.Empty, BoldStyle) };
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var letter = ColumnLetter(i + 1);
            if (column.Group is null)
            {
                groups.Add(TextCell(column.Label.Get(language), BoldStyle));
                labels.Add(TextCell(string.Empty, BoldStyle));
                merges.Add($"{letter}5:{letter}6");
                continue;
            }

            var first = i == 0 || table.Columns[i - 1].Group?.Get(language) != column.Group.Get(language);
            groups.Add(TextCell(first ? column.Group.Get(language) : string.Empty, BoldStyle));
            labels.Add(TextCell(column.Label.Get(language), BoldStyle));
            var last = i + 1;
            while (last < table.Columns.Count && table.Columns[last].Group?.Get(language) == column.Group.Get(language))
            {
                last++;
            }

            if (first && last - 1 > i)
            {
                merges.Add($"{letter}5:{ColumnLetter(last)}5");
            }
        }

        rows.Add(Line([.. groups]));
        rows.Add(Line([.. labels]));
        var flagged = table.Findings.Select(f => (f.RowId, f.ColumnId)).ToHashSet();
        foreach (var row in table.Rows)
        {
            var cells = new List<Cell> { TextCell(row.Label.Get(language), row.IsTotal ? BoldStyle : 0) };
            cells.AddRange(table.Columns.Select(c => row.Cell(c.Id) is { } value
                ? NumberCell(value, flagged.Contains((row.Id, c.Id)) ? FlaggedNumberStyle : NumberStyle)
                : new Cell()));
            rows.Add(Line([.. cells]));
        }

        rows.Add(Line());
        rows.Add(Line(TextCell(table.Findings.Count == 0 ? t["audit_ok"] : t["audit_intro"], BoldStyle)));
        foreach (var finding in table.Findings)
        {
            rows.Add(Line(TextCell(FindingSentence.For(table, finding, t))));
        }

        return (rows, merges);
    }

    private static void AddSheet(WorkbookPart workbook, string name, List<Row> rows, List<string> merges)
    {
        var part = workbook.AddNewPart<WorksheetPart>($"rIdSheet{workbook.WorksheetParts.Count() + 1}");
        var worksheet = new Worksheet(new SheetData(rows.Select((row, index) => Numbered(row, (uint)index + 1))));
        if (merges.Count > 0)
        {
            worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        }

        part.Worksheet = worksheet;
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet
        {
            Id = workbook.GetIdOfPart(part),
            SheetId = (uint)sheets.Count() + 1,
            Name = SheetName(name),
        });
    }

    private static Row Numbered(Row row, uint index)
    {
        row.RowIndex = index;
        var column = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            cell.CellReference = ColumnLetter(++column) + index;
        }

        return row;
    }

    private static Row Line(params Cell[] cells) => new(cells);

    private static Cell TextCell(string text, uint style = 0) => new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)))
    {
        DataType = CellValues.InlineString,
        StyleIndex = style == 0 ? null : style,
    };

    private static Cell NumberCell(long value, uint style) => new(new CellValue((decimal)value)) { DataType = CellValues.Number, StyleIndex = style };

    /// <summary>Excel's limits: 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => "[]:*?/\\".IndexOf(c) < 0).ToArray());
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static string ColumnLetter(int number)
    {
        var letters = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            letters = (char)('A' + (number - 1) % 26) + letters;
        }

        return letters;
    }

    /// <summary>Plain, bold, a number with thousands separators (shown in the reader's own locale), and the same on a fill for a flagged figure.</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFE08A" }) { PatternType = PatternValues.Solid })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true, FillId = 2, ApplyFill = true }));

    /// <summary>System.IO.Packaging stamps each entry with the current time: copy the entries with a fixed one.</summary>
    private static byte[] WithFixedTimes(byte[] package)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
