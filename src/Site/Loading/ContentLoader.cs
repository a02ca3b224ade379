using Site.Diagnostics;
using Site.Content;
using Site.Data;
using Unreadable = System.Collections.Concurrent.ConcurrentDictionary<string, bool>;

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

        // Every look-up by path goes through one index: a scan per edition grew with editions × files.
        var byPath = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            byPath.TryAdd(file.RelativePath, file);
        }

        SourceFile? Find(string path) => byPath.GetValueOrDefault(path);
        var config = SiteConfigReader.Read(Find("site.yml"), $"{inputName}/site.yml", LanguagesOfFiles(files), diagnostics);
        if (config is null)
        {
            return null;
        }

        if (baseUrl is not null && SiteConfigReader.ProblemWithBaseUrl(baseUrl) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, "--base-url", new SourcePosition(0, 0), $"the option {problem}", SiteConfigReader.BaseUrlHint);
        }
        else if (baseUrl is not null)
        {
            config = config with { BaseUrl = baseUrl };
        }

        if (!config.IsFallback)
        {
            PublishedAddress.Check(config.BaseUrl, baseUrl is null ? $"{inputName}/site.yml" : "--base-url", baseUrl is null ? config.BaseUrlAt : SourcePosition.Start, diagnostics);
        }

        // The readers are independent (tables need only the award forms and editions), so the YAML files are read
        // while the pages are: on its own each step is short, but in turn they made most of a `serve` rebuild.
        var unreadable = new Unreadable(StringComparer.Ordinal);
        var strings = Task.Run(() => InterfaceStringsReader.Read(files, config.Languages, diagnostics));
        var glossary = Task.Run(() => Guarded(Find("glossary.yml"), file => TermListReader.ReadGlossary(file, config.Languages, diagnostics)));
        var names = Task.Run(() => Guarded(Find("names.yml"), file => TermListReader.ReadNames(file, config.Languages, diagnostics)));
        var editionsAndTables = Task.Run(() =>
        {
            var awardForms = Guarded(Find("award-forms.yml"), file => TermListReader.ReadAwardForms(file, config.Languages, diagnostics));
            var editions = ReadEditions(files, Find, unreadable, diagnostics);
            var awardIds = awardForms.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            return (awardForms, editions, Tables: ReadTables(files, editions, awardIds, config.Languages, unreadable, diagnostics));
        });
        var pageReader = new PageReader(config.Languages, diagnostics);
        var pages = files.AsParallel().AsOrdered()
            .Select(file => ReadPage(pageReader, file, unreadable))
            .OfType<PageSource>()
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
            tree.Files)
        {
            Unreadable = unreadable.Keys.ToHashSet(StringComparer.Ordinal),
            EditionData = editions.Where(e => !draftEditions.Contains(e.Id))
                .ToDictionary(e => e.Id, e => Guarded(Find($"editions/{e.Id}/{EditionDataReader.PressFile}"), _ => EditionDataReader.Read(e.Id, Find, config.Languages, diagnostics)), StringComparer.Ordinal),
        };
    }

    /// <summary>Reads one file with its name on any unexpected failure (see <see cref="ProcessingException"/>).</summary>
    private static T Guarded<T>(SourceFile? file, Func<SourceFile?, T> read) =>
        ProcessingException.Guard(file?.DisplayPath ?? "input", () => read(file));

    /// <summary>A Markdown file that gives no page had its errors reported: later stages must not report its absence again.</summary>
    private static PageSource? ReadPage(PageReader reader, SourceFile file, Unreadable unreadable)
    {
        var page = ProcessingException.Guard(file.DisplayPath, () => reader.Read(file));
        if (page is null && file.RelativePath.EndsWith(".md", StringComparison.Ordinal) && !EditorsGuide.Is(file.RelativePath))
        {
            unreadable[file.RelativePath] = true;
        }

        return page;
    }

    private static AwardTable? ReadTable(SourceFile file, IReadOnlySet<string> awardIds, IReadOnlyList<string> languages, Unreadable unreadable, DiagnosticBag diagnostics)
    {
        var table = ProcessingException.Guard(file.DisplayPath, () => AwardTableReader.Read(file, file.RelativePath.Split('/')[1], awardIds, languages, diagnostics));
        if (table is null)
        {
            unreadable[file.RelativePath] = true;
            return null;
        }

        return ProcessingException.Guard(file.DisplayPath, () => TableAuditor.Audit(table, diagnostics));
    }

    private static List<Edition> ReadEditions(IReadOnlyList<SourceFile> files, Func<string, SourceFile?> find, Unreadable unreadable, DiagnosticBag diagnostics)
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
            var file = find($"editions/{id}/edition.yml");
            if (SlugRules.ProblemWithSlug(id) is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.BadFileName, $"input/editions/{id}", SourcePosition.Start, $"edition folder '{id}' cannot be used: {problem}", $"Name it like 2022-05.");
            }
            else if (file is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, $"input/editions/{id}/edition.yml", SourcePosition.Start,
                    $"the edition has no edition.yml", $"Create it with title, date, issuer and status.");
            }
            else if (ProcessingException.Guard(file.DisplayPath, () => EditionReader.Read(file, id, diagnostics)) is { } edition)
            {
                editions.Add(edition);
            }
            else
            {
                unreadable[file.RelativePath] = true;
            }
        }

        return editions;
    }

    private static List<AwardTable> ReadTables(
        IReadOnlyList<SourceFile> files, List<Edition> editions, IReadOnlySet<string> awardIds, IReadOnlyList<string> languages, Unreadable unreadable,
        DiagnosticBag diagnostics)
    {
        var ids = editions.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return files.AsParallel().AsOrdered()
            .Where(file => file.RelativePath.Split('/') is ["editions", var editionId, "appendices", var name]
                && name.EndsWith(".yml", StringComparison.Ordinal)
                && ids.Contains(editionId))
            .Select(file => ReadTable(file, awardIds, languages, unreadable, diagnostics))
            .OfType<AwardTable>()
            .ToList();
    }

    /// <summary>The languages the interface-string files are written in (i18n/&lt;code&gt;.yml), for when site.yml does not say.</summary>
    private static IReadOnlyList<string> LanguagesOfFiles(IReadOnlyList<SourceFile> files) => files
        .Select(f => f.RelativePath.Split('/'))
        .Where(s => s is ["i18n", var name] && name.EndsWith(".yml", StringComparison.Ordinal))
        .Select(s => Path.GetFileNameWithoutExtension(s[1]))
        .Order(StringComparer.Ordinal)
        .ToList();

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
