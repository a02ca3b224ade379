using System.Text.Json.Nodes;
using Site.Linking;

namespace Site.Rendering;

/// <summary>
/// An appendix page's table as a schema.org Dataset, for search engines and data portals: who issued it, the
/// period it covers, what it measures (its columns), its licence, the document it is based on, and each download
/// with its format.
/// </summary>
public static class DatasetJsonLd
{
    public static JsonObject? For(SiteModel model, LinkedPage page)
    {
        if (page.Kind != OutputKind.Appendix || page.Table is not { } table || model.Edition(table.EditionId) is not { } edition)
        {
            return null;
        }

        var language = page.Language;
        var config = model.Content.Config;
        var urls = model.Urls;
        var stem = DownloadPaths.Stem(table);
        var downloads = new JsonArray();
        foreach (var (path, format) in new[]
        {
            (DownloadPaths.Workbook(edition.Id, language), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (DownloadPaths.ReaderCsv(table, language), "text/csv"),
            ($"{stem}.csv", "text/csv"),
            ($"{stem}-long.csv", "text/csv"),
            ($"{stem}.json", "application/json"),
        })
        {
            downloads.Add((JsonNode)new JsonObject { ["@type"] = "DataDownload", ["encodingFormat"] = format, ["contentUrl"] = urls.Absolute(path) });
        }

        var variables = new JsonArray();
        foreach (var column in table.Columns)
        {
            variables.Add((JsonNode)column.Name(language));
        }

        var dataset = new JsonObject
        {
            ["@type"] = "Dataset",
            ["@id"] = urls.Absolute(page.Url) + "#dataset",
            ["name"] = page.Title,
            ["description"] = $"{table.Subtitle.Get(language)} {edition.Period.Get(language)}".Trim(),
            ["url"] = urls.Absolute(page.Url),
            ["inLanguage"] = language,
            ["datePublished"] = edition.Date,
            ["temporalCoverage"] = edition.Period.Get(language),
            ["creator"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = edition.Issuer.Get(language) },
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = config.Publisher.Has(language) ? config.Publisher.Get(language) : config.Title.Get(language) },
            ["license"] = new JsonObject { ["@type"] = "CreativeWork", ["name"] = config.Licence.Get(language) },
            ["isAccessibleForFree"] = true,
            ["variableMeasured"] = variables,
            ["distribution"] = downloads,
        };
        if (edition.Original is { } original)
        {
            dataset["isBasedOn"] = original.File is { } file ? urls.Absolute(DownloadPaths.Original(edition.Id, file)) : original.Url;
        }

        return dataset;
    }
}
