using Site.Content;
using Site.Data;
using Site.Text;

namespace Site.Linking;

/// <summary>
/// Where each download of an edition is published, site-relative: made here once, for the files that write them
/// (Publishing) and the pages that link them (Rendering).
/// </summary>
public static class DownloadPaths
{
    public static string Folder(string editionId) => $"data/{editionId}/";

    /// <summary>The code-named files, for programs: "data/2022-05/appendix-02" + ".csv", "-long.csv", ".json".</summary>
    public static string Stem(AwardTable table) => $"{Folder(table.EditionId)}appendix-{Slugifier.Slugify(table.Number)}";

    /// <summary>The CSV for a reader of <paramref name="language"/>: "data/2022-05/appendix-02.vi.csv".</summary>
    public static string ReaderCsv(AwardTable table, string language) => $"{Stem(table)}.{language}.csv";

    public static string Workbook(string editionId, string language) => $"{Folder(editionId)}appendices-{language}.xlsx";

    public static string DataPackage(string editionId) => $"{Folder(editionId)}datapackage.json";

    /// <summary>An edition's original document kept as a file, published beside its downloads under its own name.</summary>
    public static string Original(string editionId, string file) => Folder(editionId) + Path.GetFileName(file);

    /// <summary>The Atom feed of a corrections page, beside it.</summary>
    public static string CorrectionsFeed(LinkedPage corrections) => corrections.Url + "feed.xml";
}
