using System.Text;
using System.Text.RegularExpressions;

namespace Site.Tests.SourceTruth;

/// <summary>
/// The source report (Fixtures/source-report.txt, the text extracted from the published PDF), read by the tests
/// themselves: the independent truth that the YAML, the pages and the downloads are compared with. The extraction
/// lost the appendix tables' column positions, so a row is read as what survives of it: its number (STT) on a
/// line of its own, its label, and the run of figures printed in it, in order; the total row is the line that
/// starts with "Tổng số".
/// </summary>
internal static partial class SourceReport
{
    private static readonly Lazy<string[]> AllLines = new(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "source-report.txt")).Select(l => l.Normalize(NormalizationForm.FormC)).ToArray());

    public static IReadOnlyList<string> Lines => AllLines.Value;

    /// <summary>The whole report with every run of white space made one space (line breaks are layout, not text).</summary>
    public static string Text { get; } = Collapse(string.Join('\n', AllLines.Value));

    /// <summary>The rows of appendix <paramref name="number"/> ("01", "02", "05"), in the order printed, the total row last.</summary>
    public static IReadOnlyList<SourceRow> Appendix(string number)
    {
        var lines = Lines;
        var start = lines.ToList().FindIndex(l => l.Trim() == $"Phụ lục: {number}");
        Assert.True(start >= 0, $"the source report has no 'Phụ lục: {number}'");
        var rows = new List<SourceRow>();
        string? id = null;
        var label = new List<string>();
        var numbers = new List<long>();
        for (var i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (TotalRow().Match(line) is { Success: true } total)
            {
                Finish();
                rows.Add(new SourceRow("total", "Tổng số", Figures(total.Groups[1].Value, i)));
                return rows;
            }

            // A row starts with its number alone on a line, followed by its label. The header of appendix 02 also
            // breaks "H1 H2 H3" into lines "H", "1", "H", "2"…: a single letter is not a label.
            if (line == (rows.Count + (id is null ? 1 : 2)).ToString(System.Globalization.CultureInfo.InvariantCulture) && NextText(lines, i) is { } next && Word().IsMatch(next))
            {
                Finish();
                id = line;
                continue;
            }

            if (id is null || line.Length == 0)
            {
                continue; // the header, or a layout blank line
            }

            if (FiguresOnly().IsMatch(line))
            {
                numbers.AddRange(Figures(line, i));
            }
            else
            {
                Assert.True(numbers.Count == 0, $"source line {i + 1}: text after the figures of row {id}: '{line}'");
                label.Add(line);
            }
        }

        Assert.Fail($"appendix {number} of the source report has no 'Tổng số' row");
        return rows;

        void Finish()
        {
            if (id is not null)
            {
                rows.Add(new SourceRow(id, Collapse(string.Join(' ', label)), [.. numbers]));
            }

            label.Clear();
            numbers.Clear();
        }
    }

    /// <summary>
    /// The figures of a line. The tables write thousands with a point ("1.329"); row 3 of appendix 02 prints "1,295"
    /// with a comma. Both are read as thousands: these are counts of awards, never fractions.
    /// </summary>
    private static List<long> Figures(string text, int index)
    {
        var figures = new List<long>();
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.True(Figure().IsMatch(token), $"source line {index + 1}: '{token}' is not a figure");
            figures.Add(long.Parse(token.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
        }

        return figures;
    }

    private static string? NextText(IReadOnlyList<string> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return lines[i].Trim();
            }
        }

        return null;
    }

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^Tổng số((?:\s+\S+)+)$")]
    private static partial Regex TotalRow();

    [GeneratedRegex(@"^[\d.,]+(?:\s+[\d.,]+)*$")]
    private static partial Regex FiguresOnly();

    [GeneratedRegex(@"^(?:\d{1,3}(?:[.,]\d{3})+|\d+)$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
