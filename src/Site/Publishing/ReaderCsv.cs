using System.Globalization;
using System.Text;
using Site.Content;
using Site.Data;
using Site.Linking;
using Site.Loading;
using Site.Output;
using Site.Text;

namespace Site.Publishing;

/// <summary>
/// Each appendix as a CSV for a reader in one language, one file per language: a UTF-8 byte order mark (so that
/// Excel on Windows shows Vietnamese letters), the table's own column labels as headers, the figures as printed
/// (an empty cell stays empty), and on each row the period of its figures, the notes that flag them and the source
/// they come from; the total row also says what it counts.
/// The code-named CSVs of <see cref="TableDownloads"/> stay for programs.
/// </summary>
public static class ReaderCsv
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static IEnumerable<OutputFile> Create(ContentSet content)
    {
        var editions = content.Editions.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var table in content.Tables)
        {
            var edition = editions.GetValueOrDefault(table.EditionId);
            if (edition is null)
            {
                continue;
            }

            foreach (var language in content.Config.Languages)
            {
                var text = Write(table, edition, content.Strings[language]);
                yield return new OutputFile(DownloadPaths.ReaderCsv(table, language), [.. ByteOrderMark, .. Encoding.UTF8.GetBytes(text)]);
            }
        }
    }

    /// <summary>The CSV's text, without its byte order mark.</summary>
    public static string Write(AwardTable table, Edition edition, InterfaceStrings t)
    {
        var language = t.Language;
        var csv = new StringBuilder();
        csv.AppendJoin(',', Header(table, t).Select(TableDownloads.Field)).Append("\r\n");
        var source = Source(table, edition, t);
        var period = table.Period?.Label.Get(language) ?? string.Empty;
        foreach (var row in table.Rows)
        {
            csv.AppendJoin(',', [
                TableDownloads.Field(row.IsTotal ? string.Empty : row.Id),
                TableDownloads.Field(row.Label.Get(language)),
                .. table.Columns.Select(c => row.Cell(c.Id)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
                TableDownloads.Field(period),
                TableDownloads.Field(row.IsTotal ? table.TotalCounts.Get(language) : string.Empty),
                TableDownloads.Field(string.Join(" ", FigureNotes.ForRow(table, row, t))),
                TableDownloads.Field(source),
            ]).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>
    /// "STT", the row header, each column as "group – label", then the period of the figures (on every row, so that a
    /// row copied alone keeps it), what the total counts (on the total row), the notes and the source.
    /// </summary>
    public static IReadOnlyList<string> Header(AwardTable table, InterfaceStrings t) =>
        [t["row_number"], table.RowHeader.Get(t.Language), .. table.Columns.Select(c => c.Name(t.Language)), t["period_of_figures"], t["total_counts"], t["figure_notes"], t["source"]];

    /// <summary>"Ủy ban nhân dân tỉnh Lào Cai, Báo cáo …, tháng 5/2022, Phụ lục 02".</summary>
    public static string Source(AwardTable table, Edition edition, InterfaceStrings t)
    {
        var language = t.Language;
        return string.Join(", ", new[] { edition.Issuer.Get(language), edition.Title.Get(language), edition.IssuedOn.Format(t.Dates), $"{t["appendix"]} {table.Number}" }
            .Where(part => part.Length > 0));
    }
}
