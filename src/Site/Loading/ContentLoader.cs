using Site.Diagnostics;
using Site.Content;
using Site.Data;

namespace Site.Loading;

/// <summary>The Load and Parse stages: reads input/ into a <see cref="ContentSet"/>, reporting every problem at once.</summary>
public static class ContentLoader
{
    public const string PublishedUrlsFile = "published-urls.txt";

    /// <param name="baseUrl">Overrides site.yml's base_url when given.</param>
    /// <param name="drafts">Whether draft pages and editions are kept.</param>
    public static ContentSet? Load(string inputDirectory, string? baseUrl, bool drafts, DiagnosticBag diagnostics)
    {
        var inputName = Path.GetFileName(Path.GetFullPath(inputDirectory).TrimEnd(Path.DirectorySeparatorChar));
        var tree = new SourceLoader(inputDirectory, inputName, diagnostics).Load();
        var files = tree.Texts;
        if (files.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.InputEmpty, inputName, SourcePosition.Start,
                $"'{inputDirectory}' is empty or missing", $"Create {inputName}/site.yml with at least:\n{SiteConfigReader.MinimalExample}");
            return null;
        }

        SourceFile? Find(string path) => files.FirstOrDefault(f => f.RelativePath == path);
        var config = SiteConfigReader.Read(Find("site.yml"), $"{inputName}/site.yml", diagnostics);
        if (config is null)
        {
            return null;
        }

        if (baseUrl is not null)
        {
            config = config with { BaseUrl = baseUrl };
        }

        PublishedAddress.Check(config.BaseUrl, baseUrl is null ? $"{inputName}/site.yml" : "--base-url", baseUrl is null ? config.BaseUrlAt : SourcePosition.Start, diagnostics);

        // The readers are independent (tables need only the award forms and editions), so the YAML files are read
        // while the pages are: on its own each step is short, but in turn they made most of a `serve` rebuild.
        var strings = Task.Run(() => InterfaceStringsReader.Read(files, config.Languages, diagnostics));
        var glossary = Task.Run(() => TermListReader.ReadGlossary(Find("glossary.yml"), config.Languages, diagnostics));
        var names = Task.Run(() => TermListReader.ReadNames(Find("names.yml"), config.Languages, diagnostics));
        var editionsAndTables = Task.Run(() =>
        {
            var awardForms = TermListReader.ReadAwardForms(Find("award-forms.yml"), config.Languages, diagnostics);
            var editions = ReadEditions(files, diagnostics);
            var awardIds = awardForms.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            return (awardForms, editions, Tables: ReadTables(files, editions, awardIds, config.Languages, diagnostics));
        });
        var pageReader = new PageReader(config.Languages, diagnostics);
        var pages = files.AsParallel().AsOrdered()
            .Select(pageReader.Read)
            .Where(p => p is not null)
            .Select(p => p!)
            .ToList();
        var (awardForms, editions, tables) = editionsAndTables.Result;

        var draftEditions = editions.Where(e => e.IsDraft && !drafts).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return new ContentSet(
            config,
            strings.Result,
            editions.Where(e => !draftEditions.Contains(e.Id)).ToList(),
            pages.Where(p => (drafts || !p.Meta.Draft) && (p.EditionId is null || !draftEditions.Contains(p.EditionId))).ToList(),
            tables.Where(t => !draftEditions.Contains(t.EditionId)).ToList(),
            glossary.Result,
            awardForms,
            names.Result,
            ReadPublishedUrls(Find(PublishedUrlsFile)),
            tree.Files);
    }

    private static List<Edition> ReadEditions(IReadOnlyList<SourceFile> files, DiagnosticBag diagnostics)
    {
        var editions = new List<Edition>();
        var folders = files
            .Select(f => f.RelativePath.Split('/'))
            .Where(s => s.Length >= 3 && s[0] == "editions")
            .Select(s => s[1])
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (var id in folders)
        {
            var file = files.FirstOrDefault(f => f.RelativePath == $"editions/{id}/edition.yml");
            if (SlugRules.ProblemWithSlug(id) is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.BadFileName, $"input/editions/{id}", SourcePosition.Start, $"edition folder '{id}' cannot be used: {problem}", "Name it like 2022-05.");
            }
            else if (file is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, $"input/editions/{id}/edition.yml", SourcePosition.Start,
                    "the edition has no edition.yml", "Create it with title, date, issuer and status.");
            }
            else if (EditionReader.Read(file, id, diagnostics) is { } edition)
            {
                editions.Add(edition);
            }
        }

        return editions;
    }

    private static List<AwardTable> ReadTables(IReadOnlyList<SourceFile> files, List<Edition> editions, IReadOnlySet<string> awardIds, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        return files.AsParallel().AsOrdered()
            .Select(file => file.RelativePath.Split('/') is ["editions", var editionId, "appendices", var name]
                && name.EndsWith(".yml", StringComparison.Ordinal)
                && editions.Any(e => e.Id == editionId)
                && AwardTableReader.Read(file, editionId, awardIds, languages, diagnostics) is { } table
                    ? TableAuditor.Audit(table, diagnostics)
                    : null)
            .Where(t => t is not null)
            .Select(t => t!)
            .ToList();
    }

    /// <summary>Lines "URL  source-file" (the file that published it, for the error message); '#' starts a comment.</summary>
    private static IReadOnlyList<PublishedUrl> ReadPublishedUrls(SourceFile? file) =>
        file is null
            ? []
            : file.Text.Split('\n')
                .Select((line, index) => (Parts: line.Trim().Split(' ', '\t').Where(p => p.Length > 0).ToArray(), Line: index + 1))
                .Where(l => l.Parts.Length > 0 && !l.Parts[0].StartsWith('#'))
                .Select(l => new PublishedUrl(l.Parts[0].TrimStart('/'), l.Parts.Length > 1 ? l.Parts[1] : string.Empty, file.DisplayPath, l.Line))
                .ToList();
}
