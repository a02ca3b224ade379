using System.Text.Json;
using System.Text.Json.Nodes;
using Site.Content;
using Site.Data;
using Site.Linking;
using Site.Output;
using Site.Text;

namespace Site.Publishing;

/// <summary>
/// A Frictionless data package manifest per edition (data/&lt;edition&gt;/datapackage.json): what the edition's
/// downloads are, who issued them, under which licence, and for each CSV its fields, so that a program (or
/// `frictionless validate`) can read the tables without guessing. The fields of a CSV are the names of its own
/// header row, each typed: a figure column is an integer, an empty field a missing value (never 0).
/// </summary>
public static class DataPackage
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<OutputFile> Create(SiteModel model)
    {
        foreach (var edition in model.Content.Editions)
        {
            var tables = model.Tables(edition.Id).OrderBy(t => t.Number, StringComparer.Ordinal).ToList();
            if (tables.Count > 0)
            {
                yield return OutputFile.Text(DownloadPaths.DataPackage(edition.Id), Manifest(model, edition, tables).ToJsonString(Json) + "\n");
            }
        }
    }

    public static JsonObject Manifest(SiteModel model, Edition edition, IReadOnlyList<AwardTable> tables)
    {
        var config = model.Content.Config;
        var source = config.DefaultLanguage;
        var resources = new JsonArray();
        foreach (var table in tables)
        {
            var slug = Slugifier.Slugify(table.Number);
            var fields = HeaderOf(TableDownloads.Wide(table, config.Languages));
            resources.Add((JsonNode)Tabular($"appendix-{slug}", $"appendix-{slug}.csv", table.Title.Get(source), "utf-8",
                fields.Select(f => Field(f, table.Column(f) is { } c ? c.Name(source) : null, table.Column(f) is not null)).ToList()));
            resources.Add((JsonNode)Tabular($"appendix-{slug}-long", $"appendix-{slug}-long.csv", table.Title.Get(source), "utf-8",
                HeaderOf(TableDownloads.Long(table, config.Languages)).Select(f => Field(f, null, f == "value")).ToList()));
            foreach (var language in config.Languages)
            {
                var t = model.Content.Strings[language];
                var header = ReaderCsv.Header(table, t);
                var figures = table.Columns.Select(c => c.Name(language)).ToHashSet(StringComparer.Ordinal);
                resources.Add((JsonNode)Tabular($"appendix-{slug}-{language}", Path.GetFileName(DownloadPaths.ReaderCsv(table, language)), table.Title.Get(language), "utf-8-sig",
                    header.Select((name, i) => Field(name, null, i >= 2 && figures.Contains(name))).ToList()));
            }

            resources.Add((JsonNode)new JsonObject
            {
                ["name"] = $"appendix-{slug}-json",
                ["path"] = $"appendix-{slug}.json",
                ["format"] = "json",
                ["mediatype"] = "application/json",
                ["title"] = table.Title.Get(source),
            });
        }

        foreach (var language in config.Languages)
        {
            resources.Add((JsonNode)new JsonObject
            {
                ["name"] = $"appendices-{language}-xlsx",
                ["path"] = Path.GetFileName(DownloadPaths.Workbook(edition.Id, language)),
                ["format"] = "xlsx",
                ["mediatype"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ["title"] = edition.Title.Get(language),
            });
        }

        if (edition.Original?.File is { } original)
        {
            resources.Add((JsonNode)new JsonObject
            {
                ["name"] = "original",
                ["path"] = Path.GetFileName(DownloadPaths.Original(edition.Id, original)),
                ["format"] = Path.GetExtension(original).TrimStart('.'),
                ["title"] = edition.Original.Label.Get(source),
            });
        }

        var manifest = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = $"appendices-{edition.Id}",
            ["title"] = edition.Title.Get(source),
            ["description"] = edition.Issuer.Get(source) + " · " + edition.Period.Get(source),
            ["homepage"] = model.Urls.Absolute(model.Urls.EditionHome(source, edition.Id)),
            ["sources"] = new JsonArray((JsonNode)new JsonObject { ["title"] = $"{edition.Issuer.Get(source)}, {edition.Title.Get(source)}, {edition.Date}" }),
            ["licenses"] = new JsonArray((JsonNode)new JsonObject { ["title"] = config.Licence.Get(source), ["path"] = model.Urls.Absolute(string.Empty) }),
            ["resources"] = resources,
        };
        if (config.Contact is { } contact)
        {
            manifest["contributors"] = new JsonArray((JsonNode)new JsonObject { ["title"] = config.Title.Get(source), ["email"] = contact, ["role"] = "publisher" });
        }

        return manifest;
    }

    /// <summary>The names of a code-named CSV's first record (code names hold no comma or quote).</summary>
    private static string[] HeaderOf(string csv) => csv[..csv.IndexOf("\r\n", StringComparison.Ordinal)].Split(',');

    private static JsonObject Tabular(string name, string path, string title, string encoding, List<JsonObject> fields) => new()
    {
        ["name"] = name,
        ["path"] = path,
        ["profile"] = "tabular-data-resource",
        ["format"] = "csv",
        ["mediatype"] = "text/csv",
        ["encoding"] = encoding,
        ["title"] = title,
        ["schema"] = new JsonObject
        {
            ["fields"] = new JsonArray([.. fields]),
            ["missingValues"] = new JsonArray(""),
        },
    };

    private static JsonObject Field(string name, string? title, bool figure)
    {
        var field = new JsonObject { ["name"] = name, ["type"] = figure ? "integer" : "string" };
        if (title is not null)
        {
            field["title"] = title;
        }

        if (figure)
        {
            field["constraints"] = new JsonObject { ["minimum"] = 0 };
        }

        return field;
    }
}
