using System.Text;
using Site.Checking;
using Site.Content;
using Site.Diagnostics;
using Site.Linking;
using Site.Markdown;
using Site.Output;
using Site.Publishing;
using Site.Rendering;

namespace Site.Build;

/// <summary>
/// `serve`'s rebuild of what an edit touched, from the site the last build left (<see cref="SiteState"/>): for an
/// edit of page bodies, it re-reads and re-parses those files, links those bodies, re-renders those pages (and the
/// home pages, which show the latest edition's introduction), updates the search index of their languages (their
/// part files and the word chunks whose words changed: SearchIndexBuilder.Update), checks the re-rendered pages and
/// writes what changed. Its result is the clean build's, byte for byte (tests/Site.Tests/Serving/
/// IncrementalRebuildPropertyTests compares them after random edits; IncrementalSearchIndexTests, the search index).
/// At 10,000 pages an edit costs about a tenth of what rebuilding the index, feeds and check of the whole site did.
/// </summary>
/// <remarks>
/// It is taken only when it can be proven to give the clean build's result; otherwise it declines (returns null)
/// and the caller builds everything. It declines when:
/// <list type="bullet">
/// <item>a file other than an existing page's .md changed, or was added or removed (a layout, i18n, site.yml, a
/// table, a glossary, an image, a new or deleted page): what reads those is not tracked page by page, so they are
/// a full rebuild;</item>
/// <item>an edited page's front matter changed (its title, summary, order, address or references: lists, menus,
/// neighbours and other pages show those), or its anchors, cited figures or published files did (other pages'
/// links, the unused-confirmation check and the published files depend on them);</item>
/// <item>the last build failed or its output check reported anything, or this one would report an error or any
/// output-check problem: the full build reports those as it always does.</item>
/// </list>
/// Diagnostics: what the last build reported at the edited pages and their translations is replaced by what the
/// checks that can report there say now (reading, parsing and linking the edited pages, their translations'
/// freshness, the name and term check of their translations); every other diagnostic's inputs did not change, so it
/// still holds.
/// </remarks>
internal static class IncrementalRebuild
{
    private static readonly HashSet<string> OutputCheckCodes = new(StringComparer.Ordinal)
    {
        DiagnosticCodes.OutputCheck, DiagnosticCodes.UnsafeMarkup, DiagnosticCodes.UnsafeUrl, DiagnosticCodes.ExternalImage, DiagnosticCodes.PublishedUrlMissing,
    };

    /// <summary>What the site's checks that are not done again (see <see cref="TryRebuild"/>) can have said at an edited page.</summary>
    private static readonly HashSet<string> KeptAtEditedPages = new(StringComparer.Ordinal) { DiagnosticCodes.MissingTranslation, DiagnosticCodes.OrphanTranslation };

    /// <param name="noted">Input paths the file watcher reported (relative to input/), besides those the snapshots show.</param>
    public static (List<OutputFile> Files, SiteState State, OutputChanges Changes)? TryRebuild(SiteState last, InputSnapshot now, IEnumerable<string> noted, BuildOptions options, BuildCache cache, StageTimings timings)
    {
        if (last.Options != options || now.HasLinks || last.Inputs.HasLinks || last.Diagnostics.Any(d => d.FailsBuild(options.Strict) || OutputCheckCodes.Contains(d.Code)))
        {
            return null;
        }

        // A noted file in neither snapshot came and went between builds (an editor's temporary file): it changes nothing.
        var changed = now.ChangedSince(last.Inputs)
            .Concat(noted.Select(n => n.Replace('\\', '/').Normalize(NormalizationForm.FormC)).Where(n => InputSnapshot.IsThemeKey(n) || now.Contains(n) || last.Inputs.Contains(n)))
            .ToHashSet(StringComparer.Ordinal);
        if (changed.Any(InputSnapshot.IsThemeKey))
        {
            return null;
        }

        var model = last.Model;
        var content = model.Content;
        var found = new DiagnosticBag(); // What the checks re-done here report.
        timings.Mark("changes");
        var edits = ReadEdits(model, changed, now, last.Inputs, found);
        timings.Mark("parse");
        if (edits is null)
        {
            return null;
        }

        // The site with the edited pages replaced: every other record is the last build's own.
        var sources = new Dictionary<PageSource, PageSource>(ReferenceEqualityComparer.Instance);
        var pages = new Dictionary<LinkedPage, LinkedPage>(ReferenceEqualityComparer.Instance);
        foreach (var (old, edit) in edits)
        {
            sources[old.Source!] = edit.Source!;
            pages[old] = edit;
        }

        var paths = edits.Select(e => e.New.Source!.File.RelativePath).ToHashSet(StringComparer.Ordinal);
        var newContent = content with
        {
            Pages = content.Pages.Select(p => sources.GetValueOrDefault(p) ?? p).ToList(),
            InputFiles = content.InputFiles.Select(f => paths.Contains(f.RelativePath) ? f with { Length = new FileInfo(f.FullPath).Length } : f).ToList(),
        };
        var newModel = model.WithPages(newContent, pages);
        var edited = edits.Select(e => e.New).ToList();
        new PageBodyLinker(newModel, found).Link(edited);
        if (!edits.All(e => SamePublishedFiles(e.Old.Body!, e.New.Body!)))
        {
            return null;
        }

        // The site's checks of addresses, translations and references (SiteLinker.CheckPlaces) read front matter and
        // the site's shape, which are the last build's, except a translation's freshness, which reads its source's
        // body: only that is checked again. What the others said at the edited pages still holds: they report only
        // errors (none, or the last build would have failed), and the warnings of a missing or orphan translation.
        SiteLinker.CheckFreshness(newModel, edited.Select(p => p.Key).ToHashSet(), found);
        TermConsistencyCheck.Check(newContent with { Pages = edited.Select(p => p.Source!).ToList(), Tables = [] }, found);
        var at = edited.Select(p => p.SourcePath!).ToHashSet(StringComparer.Ordinal);
        var diagnostics = last.Diagnostics.Where(d => !at.Contains(d.File) || KeptAtEditedPages.Contains(d.Code)).Concat(found.All.Where(d => at.Contains(d.File))).ToList();
        if (diagnostics.Any(d => d.FailsBuild(options.Strict)))
        {
            return null;
        }

        timings.Mark("link");

        // A page's rendering reads other pages' titles, summaries and addresses (unchanged here); the home pages, the
        // latest edition's introduction (SiteRenderer.HomeBody); a translation, whether its source has changed since
        // it was translated (PageViewBuilder.WithStaleNotice): translations are among the edited pages. An edition's
        // places index quotes the sentences of its pages' bodies (PlaceMentions).
        var render = edited
            .Concat(edited.Any(p => p.Kind == OutputKind.EditionHome) ? newModel.Pages.Where(p => p.Kind == OutputKind.Home) : [])
            .Concat(newModel.Pages.Where(p => p.Kind == OutputKind.Places && edited.Any(e => e.EditionId == p.EditionId && e.Language == p.Language)))
            .Distinct(ReferenceEqualityComparer.Instance).Cast<LinkedPage>().ToList();
        var problems = new DiagnosticBag();
        var renderer = new SiteRenderer(newModel, last.Templates, problems, options.LiveReload, last.Charts);
        var search = new SearchIndexBuilder(newModel);
        // From here the last build's search index is taken over, not copied: the last state is no longer whole. If
        // this build fails half-way (an exception), the next one is a full build; when it succeeds, its state is kept.
        cache.Last = null;
        search.TakeOver(last.Search, pages);
        var rendered = renderer.RenderPages(render, last.PreviewPath, search.Add);
        renderer.ReportFailures();
        var files = new Dictionary<string, OutputFile>(last.Files, StringComparer.Ordinal);
        if (HasAny(problems) || rendered.Any(f => !files.ContainsKey(f.Path)))
        {
            return null;
        }

        timings.Mark("render");
        // The feeds and the sitemap (SiteFiles) are not made again: they read the pages' addresses, keys, titles,
        // summaries and their editions' dates and the latest edition (front matter and the site's shape, the same
        // here: an edit that changes any of those is not taken), never a body.
        var replaced = new List<OutputFile>(rendered);
        var removed = new List<string>();
        foreach (var language in render.Select(p => p.Language).Distinct(StringComparer.Ordinal))
        {
            var index = search.Update(language) ?? search.Build(language).ToList();
            replaced.AddRange(index);
            var chunks = index.Count(f => f.Path.StartsWith($"{language}/search-index/w", StringComparison.Ordinal));
            for (var i = chunks; files.ContainsKey($"{language}/search-index/w{i}.json"); i++)
            {
                removed.Add($"{language}/search-index/w{i}.json"); // The chunks are fewer than before.
            }
        }

        var rewritten = new List<OutputFile>();
        var total = last.TotalBytes ?? last.Files.Values.Sum(f => f.Content.LongLength);
        foreach (var file in replaced)
        {
            var had = files.TryGetValue(file.Path, out var before);
            if (!had || !ReferenceEquals(before, file))
            {
                rewritten.Add(file);
                files[file.Path] = file;
                total += file.Content.LongLength - (had ? before!.Content.LongLength : 0);
            }
        }

        foreach (var path in removed)
        {
            total -= files[path].Content.LongLength;
            files.Remove(path);
        }

        var list = Sorted(last, files, rewritten, removed);
        timings.Mark("publish");
        // Every other page is as the last check saw it, and that check found nothing: only the re-rendered pages need
        // reading again and their links resolving, unless a page lost an id or a file is gone (then all links are).
        if (removed.Count > 0 || !OutputChecker.CheckChanged(rewritten, files.ContainsKey, problems, cache.Checks, newContent.Config.BasePath))
        {
            OutputChecker.Check(list, problems, cache.Checks, newContent.Config.BasePath);
        }

        timings.Mark("check");
        return HasAny(problems) ? null
            : (list, last with { Inputs = now, Model = newModel, Search = search, Files = files, Sorted = list, TotalBytes = total, Diagnostics = diagnostics },
                new OutputChanges(rewritten, removed, total));
    }

    /// <summary>
    /// The files in path order, as the clean build orders them: the last build's list with the changed files put in
    /// their places (sorting 27,000 paths on every edit took 15 ms), or sorted anew when a path came or went.
    /// </summary>
    private static List<OutputFile> Sorted(SiteState last, Dictionary<string, OutputFile> files, List<OutputFile> changed, List<string> removed)
    {
        if (last.Sorted is { } before && removed.Count == 0 && before.Count == files.Count)
        {
            var list = new List<OutputFile>(before);
            var comparer = Comparer<OutputFile>.Create((a, b) => string.CompareOrdinal(a.Path, b.Path));
            foreach (var file in changed)
            {
                var at = list.BinarySearch(file, comparer);
                if (at < 0)
                {
                    return Sort(files);
                }

                list[at] = file;
            }

            return list;
        }

        return Sort(files);

        static List<OutputFile> Sort(Dictionary<string, OutputFile> files) => files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The edited pages and their translations (whose checks read the edited text: freshness, names and terms), re-read
    /// and re-parsed, what that reports going to <paramref name="found"/>; null unless every change is a body edit of
    /// an existing page.
    /// </summary>
    private static List<(LinkedPage Old, LinkedPage New)>? ReadEdits(SiteModel model, IReadOnlySet<string> changed, InputSnapshot now, InputSnapshot before, DiagnosticBag found)
    {
        var content = model.Content;
        var byPath = new Dictionary<string, LinkedPage>(StringComparer.Ordinal);
        foreach (var page in model.Pages.Where(p => p.Source is not null))
        {
            byPath.TryAdd(page.Source!.File.RelativePath, page);
        }

        var loader = new SourceLoader(".", string.Empty, found);
        var reader = new PageReader(content.Config.Languages, found);
        var parser = new MarkdownParser(content.Config.AllowHtml, found);
        var keys = changed.Select(byPath.GetValueOrDefault).OfType<LinkedPage>().Select(p => p.Key).ToHashSet();
        var translations = model.Pages.Where(p => p.Source is not null && keys.Contains(p.Key)).Select(p => p.Source!.File.RelativePath);
        var edits = new List<(LinkedPage, LinkedPage)>();
        foreach (var path in changed.Concat(translations).Distinct().Order(StringComparer.Ordinal))
        {
            if (!now.Contains(path) || !before.Contains(path) || !byPath.TryGetValue(path, out var old) || old.Body is null
                || loader.Reread(old.Source!.File) is not { } file || reader.Read(file) is not { } source || !SamePlace(old.Source, source)
                || parser.Parse(source) is not { } body || !SameTargets(old.Body, body))
            {
                return null;
            }

            edits.Add((old, old with { Source = source, Body = body }));
        }

        return edits;
    }

    /// <summary>The same page in the same place with the same front matter: only its body changed.</summary>
    private static bool SamePlace(PageSource old, PageSource now) =>
        old.Kind == now.Kind && old.Language == now.Language && old.Stem == now.Stem && old.EditionId == now.EditionId && old.Section == now.Section
        && old.BodyLineOffset == now.BodyLineOffset && FrontMatter(old) is { } before && FrontMatter(now) == before;

    private static string? FrontMatter(PageSource page) =>
        page.File.Text.EndsWith(page.Body, StringComparison.Ordinal) ? page.File.Text[..^page.Body.Length] : null;

    /// <summary>What other pages and site-wide checks read of a body: its anchors and the figures it cites.</summary>
    private static bool SameTargets(ParsedMarkdown old, ParsedMarkdown now) =>
        old.Anchors.SetEquals(now.Anchors)
        && old.Figures.Select(f => (f.Figure.Reference, f.Figure.Printed)).SequenceEqual(now.Figures.Select(f => (f.Figure.Reference, f.Figure.Printed)));

    /// <summary>The files of input/ a body publishes (known once it is linked).</summary>
    private static bool SamePublishedFiles(ParsedMarkdown old, ParsedMarkdown now) =>
        Published(old).SetEquals(Published(now));

    private static HashSet<(string?, string?)> Published(ParsedMarkdown body) =>
        body.Links.Where(l => l.File is not null).Select(l => (l.File?.RelativePath, l.FileOutputPath)).ToHashSet();

    private static bool HasAny(DiagnosticBag bag) => bag.All.Count > 0;
}
