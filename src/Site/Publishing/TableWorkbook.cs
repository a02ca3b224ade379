using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Site.Content;
using Site.Data;
using Site.Linking;
using Site.Loading;
using Site.Output;
using Site.Text;

namespace Site.Publishing;

/// <summary>
/// An edition's appendix tables as one spreadsheet per language, for a newsroom: a cover sheet (title, issuer, date,
/// period, source, notes, licence, contact), then one sheet per appendix with its two labelled header rows (frozen,
/// so they stay in view), every cell as printed (an empty cell stays empty). A cell its own arithmetic contradicts
/// and a cell whose reading is uncertain each have a style of their own, and the row says why in its last column;
/// the findings are listed again under the table.
/// </summary>
public static class TableWorkbook
{
    /// <summary>Every zip entry carries this time, so that the same tables give the same bytes whatever the clock.</summary>
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const uint BoldStyle = 1;
    private const uint NumberStyle = 2;
    private const uint FlaggedNumberStyle = 3;
    private const uint UncertainNumberStyle = 4;
    private const uint WrappedStyle = 5;
    private const uint FlaggedTextStyle = 6;
    private const uint UncertainTextStyle = 7;

    /// <summary>The row a table's figures start on: title, subtitle, attachment, period, what the total counts, a blank line and two header rows above.</summary>
    private const int FirstDataRow = 9;

    public static IEnumerable<OutputFile> Create(ContentSet content)
    {
        var byEdition = content.Tables.ToLookup(t => t.EditionId, StringComparer.Ordinal); // Not a scan of every table per edition.
        var work = content.Editions
            .Select(edition => (Edition: edition, Tables: byEdition[edition.Id].OrderBy(t => t.Number, StringComparer.Ordinal).ToList()))
            .Where(e => e.Tables.Count > 0)
            .SelectMany(e => content.Config.Languages.Select(language => (e.Edition, e.Tables, Language: language)))
            .ToList();
        // Each workbook on its own (the build sorts its files): writing the XML parts and zipping them is most of the publish stage.
        return work.AsParallel()
            .Select(w => new OutputFile(DownloadPaths.Workbook(w.Edition.Id, w.Language), Write(content.Config, content.Strings[w.Language], w.Edition, w.Tables, w.Language)))
            .ToList();
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
            AddSheet(workbook, t["xlsx_about"], Cover(config, t, edition, tables, language), merges: [], widths: [28, 100, 40, 40], frozen: false);
            foreach (var table in tables)
            {
                var (rows, merges) = TableSheet(t, table, language);
                AddSheet(workbook, $"{t["appendix"]} {table.Number}", rows, merges,
                    widths: [6, 44, .. table.Columns.Select(_ => 13.0), 80], frozen: true);
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
            Line(TextCell(t["notes"], BoldStyle), TextCell(t["xlsx_notes"], WrappedStyle)),
            Line(TextCell(t["xlsx_flagged"], FlaggedTextStyle), TextCell(t["xlsx_flagged_note"], WrappedStyle)),
            Line(TextCell(t["xlsx_uncertain"], UncertainTextStyle), TextCell(t["xlsx_uncertain_note"], WrappedStyle)),
            Line(TextCell(t["licence"], BoldStyle), TextCell(config.Licence.Get(language))),
            Line(TextCell(t["contact"], BoldStyle), TextCell(config.Contact ?? string.Empty)),
            Line(),
        };
        rows.Add(Line(TextCell(t["appendix"], BoldStyle), TextCell(string.Empty), TextCell(t["period_of_figures"], BoldStyle), TextCell(t["total_counts"], BoldStyle)));
        rows.AddRange(tables.Select(table => Line(TextCell($"{t["appendix"]} {table.Number}", BoldStyle), TextCell(table.Subtitle.Get(language)),
            TextCell(table.Period?.Label.Get(language) ?? string.Empty, WrappedStyle), TextCell(table.TotalCounts.Get(language), WrappedStyle))));
        return rows;
    }

    /// <summary>
    /// The row number, the row header, the figures and the notes: the row number, row header, notes and each ungrouped
    /// column span both header rows; a group's label spans its columns in the first, their labels are in the second.
    /// </summary>
    private static (List<Row> Rows, List<string> Merges) TableSheet(InterfaceStrings t, AwardTable table, string language)
    {
        var rows = new List<Row>
        {
            Line(TextCell(table.Title.Get(language), BoldStyle)),
            Line(TextCell(table.Subtitle.Get(language))),
            Line(TextCell(table.AttachedTo.Get(language))),
            Line(TextCell(t["period_of_figures"], BoldStyle), TextCell(table.Period?.Label.Get(language) ?? string.Empty)),
            Line(TextCell(t["total_counts"], BoldStyle), TextCell(table.TotalCounts.Get(language))),
            Line(),
        };
        var header = FirstDataRow - 2;
        var notesLetter = ColumnLetter(table.Columns.Count + 3);
        var merges = new List<string> { $"A{header}:A{header + 1}", $"B{header}:B{header + 1}", $"{notesLetter}{header}:{notesLetter}{header + 1}" };
        var groups = new List<Cell> { TextCell(t["row_number"], BoldStyle), TextCell(table.RowHeader.Get(language), BoldStyle) };
        var labels = new List<Cell> { TextCell(string.Empty, BoldStyle), TextCell(string.Empty, BoldStyle) };
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var letter = ColumnLetter(i + 3);
            if (column.Group is null)
            {
                groups.Add(TextCell(column.Label.Get(language), BoldStyle));
                labels.Add(TextCell(string.Empty, BoldStyle));
                merges.Add($"{letter}{header}:{letter}{header + 1}");
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
                merges.Add($"{letter}{header}:{ColumnLetter(last + 2)}{header}");
            }
        }

        groups.Add(TextCell(t["figure_notes"], BoldStyle));
        labels.Add(TextCell(string.Empty, BoldStyle));
        rows.Add(Line([.. groups]));
        rows.Add(Line([.. labels]));
        foreach (var row in table.Rows)
        {
            var style = row.IsTotal ? BoldStyle : 0;
            var cells = new List<Cell> { TextCell(row.IsTotal ? string.Empty : row.Id, style), TextCell(row.Label.Get(language), style) };
            cells.AddRange(table.Columns.Select(c => row.Cell(c.Id) is { } value
                ? NumberCell(value, FigureNotes.IsInconsistent(table, row, c) ? FlaggedNumberStyle : FigureNotes.IsUncertain(row, c) ? UncertainNumberStyle : NumberStyle)
                : new Cell { StyleIndex = FigureNotes.IsInconsistent(table, row, c) ? FlaggedTextStyle : FigureNotes.IsUncertain(row, c) ? UncertainTextStyle : null }));
            cells.Add(TextCell(string.Join(" ", FigureNotes.ForRow(table, row, t)), WrappedStyle));
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

    /// <param name="widths">Each column's width in characters, from the first.</param>
    /// <param name="frozen">Whether the header rows and the row labels stay in view while the figures scroll.</param>
    private static void AddSheet(WorkbookPart workbook, string name, List<Row> rows, List<string> merges, IReadOnlyList<double> widths, bool frozen)
    {
        var part = workbook.AddNewPart<WorksheetPart>($"rIdSheet{workbook.WorksheetParts.Count() + 1}");
        var view = new SheetView { WorkbookViewId = 0 };
        if (frozen)
        {
            var corner = $"C{FirstDataRow}";
            view.Append(new Pane { HorizontalSplit = 2, VerticalSplit = FirstDataRow - 1, TopLeftCell = corner, ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomRight, ActiveCell = corner, SequenceOfReferences = new ListValue<StringValue>([new StringValue(corner)]) });
        }

        var worksheet = new Worksheet(
            new SheetViews(view),
            new Columns(widths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })),
            new SheetData(rows.Select((row, index) => Numbered(row, (uint)index + 1))));
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

    /// <summary>
    /// Plain, bold, a number with thousands separators (shown in the reader's own locale), the same on a yellow fill
    /// for a figure its table contradicts and in italics on a blue fill for an uncertain reading, wrapped text, and the
    /// two fills alone (for an empty cell flagged, and the cover's legend). Each flag is told by its fill and by the
    /// row's note, not by colour alone.
    /// </summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold()), new Font(new Italic())),
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFE08A" }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFCFE2F3" }) { PatternType = PatternValues.Solid })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true, FillId = 2, ApplyFill = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true, FillId = 3, ApplyFill = true, FontId = 2, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat { FillId = 2, ApplyFill = true },
            new CellFormat { FillId = 3, ApplyFill = true, FontId = 2, ApplyFont = true }));

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
