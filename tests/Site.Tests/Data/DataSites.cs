using Site.Tests.Support;

namespace Site.Tests.Data;

/// <summary>A small appendix table (and the award forms it names) for the data tests; lines are found by their text.</summary>
internal static class DataSites
{
    public const string TablePath = "input/editions/2022-05/appendices/05.yml";

    public const string ViPage = "vi/2022-05/phu-luc/05/index.html";

    public const string EnPage = "en/2022-05/appendices/05/index.html";

    public const string AwardForms = """
        -- input/award-forms.yml --
        forms:
          - id: provincial-flag
            vi: "Cờ thi đua của tỉnh"
            en: "Provincial Emulation Flag"
          - id: chairman-certificate
            vi: "Bằng khen của Chủ tịch UBND tỉnh"
            en: "Certificate of Merit of the Chairman"
        """;

    /// <summary>
    /// Every identity and column sum holds. Row 2 has an empty 'individuals' cell, a 0 in 'flags' and a label with a
    /// comma and quotes (for CSV); row 6 has total 20.
    /// </summary>
    public const string Table = """
        number: "05"
        title:
          vi: "Bảng tổng hợp thử"
          en: "Test summary"
        subtitle:
          vi: "Phụ đề thử"
          en: "Test subtitle"
        period:
          from: "2021-01-01"
          to: "2022-03-31"
          label: { vi: "Từ ngày 01/01/2021 đến hết ngày 31/3/2022", en: "1 January 2021 to 31 March 2022" }
          basis: { vi: "Mục 3.1 của báo cáo thử.", en: "Section 3.1 of the test report." }
        total_counts:
          vi: "Tổng số chỉ đếm Bằng khen, không gồm Cờ thi đua."
          en: "The total counts certificates only, not the flags."
        row_header:
          vi: "Tên phong trào"
          en: "Movement"
        columns:
          - id: flags
            vi: "Cờ thi đua"
            en: "Emulation flags"
          - id: total
            vi: "Tổng số"
            en: "Total"
          - id: collectives
            group: {vi: "Bằng khen", en: "Certificates"}
            vi: "Tập thể"
            en: "Collectives"
          - id: individuals
            group: {vi: "Bằng khen", en: "Certificates"}
            vi: "Cá nhân"
            en: "Individuals"
        identities:
          - check: "total = collectives + individuals"
        rows:
          - id: "1"
            award: provincial-flag
            label:
              vi: "Phong trào một"
              en: "Movement one"
            cells:
              flags: 1721
              total: 2000
              collectives: 279
              individuals: 1721
          - id: "2"
            award: chairman-certificate
            label:
              vi: "Phong trào \"Hai, ba\""
              en: "The \"two, three\" movement"
            cells:
              flags: 0
              total: 5
              collectives: 5
          - id: "6"
            label:
              vi: "Phong trào sáu"
              en: "Movement six"
            cells:
              flags: 3
              total: 20
              collectives: 8
              individuals: 12
          - id: total
            total: true
            label:
              vi: "Tổng số"
              en: "Total"
            cells:
              flags: 1724
              total: 2025
              collectives: 292
              individuals: 1733
        """;

    /// <summary>Movement pages in both languages whose prose cites figures of the table.</summary>
    public static string Prose(string vi, string en) => $"""
        -- input/editions/2022-05/movements/test.vi.md --
        ---
        title: "Phong trào thử"
        summary: "Tóm tắt."
        number: "3.1"
        launched_by: province
        ---

        {vi}
        -- input/editions/2022-05/movements/test.en.md --
        ---
        title: "Test movement"
        summary: "Summary."
        number: "3.1"
        launched_by: province
        ---

        {en}
        """;

    public const string ViProse = "vi/2022-05/phong-trao/test/index.html";

    public const string EnProse = "en/2022-05/movements/test/index.html";

    /// <summary>A site whose only content is a copy of the real input/, to mutate one figure of it.</summary>
    public static TestSite RealInputCopy()
    {
        var site = TestSite.Create(string.Empty);
        var source = Path.Combine(TestSite.RepositoryRoot, "input");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.Input, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return site;
    }

    public static string SiteWith(string? table = null, string extra = "") =>
        TestSite.MinimalSite + "\n" + AwardForms + "\n-- " + TablePath + " --\n" + (table ?? Table) + "\n" + extra;

    /// <summary>The 1-based line of the first line of <paramref name="text"/> that ends with <paramref name="fragment"/> (after <paramref name="after"/>, if given).</summary>
    public static int LineOf(string text, string fragment, string? after = null)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = after is null ? 0 : Array.FindIndex(lines, l => l.Contains(after, StringComparison.Ordinal));
        Assert.True(start >= 0, $"'{after}' not found");
        var index = Array.FindIndex(lines, start, l => l.TrimEnd().EndsWith(fragment, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{fragment}' not found");
        return index + 1;
    }

    /// <summary>Replaces the first occurrence not followed by a letter or digit ("total: 20" is not "total: 2000"); fails if there is none.</summary>
    public static string ReplaceOnce(string text, string from, string to, string? after = null)
    {
        var start = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{after}' not found");
        var index = text.IndexOf(from, start, StringComparison.Ordinal);
        while (index >= 0 && char.IsAsciiLetterOrDigit(from[^1]) && index + from.Length < text.Length && char.IsAsciiLetterOrDigit(text[index + from.Length]))
        {
            index = text.IndexOf(from, index + 1, StringComparison.Ordinal);
        }

        Assert.True(index >= 0, $"'{from}' not found");
        return text[..index] + to + text[(index + from.Length)..];
    }
}

/// <summary>Reads built pages with AngleSharp.</summary>
internal static class Html
{
    private static readonly AngleSharp.Html.Parser.HtmlParser Parser = new();

    public static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public static AngleSharp.Html.Dom.IHtmlDocument Page(TestSite site, string path) => Parse(site.ReadOutput(path));

    /// <summary>The cell's own figure: its text without the marks of arithmetic notes and uncertain readings.</summary>
    public static string CellFigure(AngleSharp.Dom.IElement cell) =>
        string.Concat(cell.ChildNodes.Where(n => n is not AngleSharp.Dom.IElement { ClassName: "audit-mark" or "uncertain-mark" }).Select(n => n.TextContent));

    public static AngleSharp.Dom.IElement Cell(AngleSharp.Dom.IDocument document, string row, string column)
    {
        var cell = document.GetElementById($"cell-{row}-{column}");
        Assert.True(cell is not null, $"no cell {row}/{column}");
        Assert.Equal("TD", cell!.TagName);
        return cell;
    }

    public static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
