using Site.Diagnostics;
using Site.Output;
using System.Diagnostics;
using Site.Charts;
using Site.Checking;
using Site.Content;
using Site.Linking;
using Site.Markdown;
using Site.Loading;
using Site.Publishing;
using Site.Rendering;
using Site.Theming;

namespace Site.Build;

/// <summary>The build, as its recipe: Load → Parse → Link → Render → Publish → Check → Write.</summary>
public static class SiteBuilder
{
    /// <param name="cache">Kept by `serve` between rebuilds; null for a one-off build, which always writes a fresh folder.</param>
    public static BuildResult Build(BuildOptions options, bool write = true, BuildCache? cache = null)
    {
        var clock = Stopwatch.StartNew();
        var timings = new StageTimings();
        var diagnostics = new DiagnosticBag();
        if (write)
        {
            AtomicOutputWriter.Recover(options.OutputDirectory, diagnostics);
        }

        // Taken before anything is read: a file changed while this build reads it is seen as changed by the next.
        var theme = ThemeFolders.Of(options.ThemeDirectory, options.DefaultThemeDirectory);
        if (options.ThemeRequired && !Directory.Exists(options.ThemeDirectory))
        {
            diagnostics.Error(DiagnosticCodes.ThemeFolderMissing, "--theme", new SourcePosition(0, 0), $"the theme folder '{options.ThemeDirectory}' does not exist",
                $"Give the folder that holds your theme's layouts/ and assets/, or leave --theme out to build with the tool's own theme.");
        }

        var inputs = cache is null || !write ? null : InputSnapshot.Take(options.InputDirectory, theme.Layers);
        var noted = cache?.TakeNotedChanges() ?? [];
        if (cache?.Last is { } last && inputs is not null && IncrementalRebuild.TryRebuild(last, inputs, noted, options, cache, timings) is { } quick)
        {
            timings.Mark(BuildResult.IncrementalStage);
            foreach (var diagnostic in quick.State.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            Write(quick.Files, options, diagnostics, cache, quick.Changes);
            timings.Mark("write");
            cache.Last = cache.Written is null ? null : quick.State;
            return Result(diagnostics, quick.State.Model, quick.Files.Count, clock, options, timings);
        }

        if (cache is not null)
        {
            cache.Last = null; // Until this build has succeeded.
        }

        var content = ContentLoader.Load(options.InputDirectory, options.BaseUrl, options.Drafts, diagnostics);
        timings.Mark("load");
        if (content is null)
        {
            return Result(diagnostics, null, 0, clock, options, timings);
        }

        content = content with { Strings = InterfaceStringCheck.CheckLayouts(theme, content.Strings, content.Config.DefaultLanguage, diagnostics) };
        var bodies = MarkdownParser.ParseAll(content.Pages, content.Config.AllowHtml, diagnostics);
        timings.Mark("parse");
        var model = SiteLinker.Link(content, bodies, diagnostics);
        timings.Mark("link");
        var templates = ThemeTemplates.Load(theme, diagnostics);
        using var fonts = LoadFonts(theme, diagnostics);
        timings.Mark("theme");
        // A one-off build that can still succeed writes each file as soon as it is made, into a staging folder swapped
        // in at the end, and keeps none (StagedOutput); `serve` and a build that is not written keep them all in `files`.
        using var staged = write && cache is null && !diagnostics.HasErrors(options.Strict) ? StagedOutput.Open(options.OutputDirectory, diagnostics, OutputFolders.Real) : null;
        var sink = staged is null ? null : new OutputSink(staged, content.Config.BasePath, diagnostics);
        var files = new List<OutputFile>();
        void Keep(IReadOnlyList<OutputFile> made)
        {
            if (sink is not null)
            {
                Parallel.ForEach(made, sink.Add);
                return;
            }

            lock (files)
            {
                files.AddRange(made);
            }
        }

        var images = new ImageCache(cache?.Images, options.CacheDirectory);
        var charts = ChartPublisher.Create(model, fonts, images, diagnostics);
        Keep(charts.TakeFiles());
        timings.Mark("charts");
        var previews = PreviewPublisher.Create(model, fonts, images, diagnostics, page => PressFacts.HeadlineOf(model, page));
        Keep(previews.TakeFiles());
        timings.Mark("previews");
        var renderer = new SiteRenderer(model, templates, diagnostics, options.LiveReload, charts);
        var search = new SearchIndexBuilder(model);
        Keep(renderer.Render(previews.PathFor, search.Add, sink is null ? null : sink.Add));
        var previewPaths = cache is null ? null : SiteState.PreviewPathsOf(model, previews);
        timings.Mark("render");
        // Independent of one another, and each mostly serial inside: side by side they keep both cores busy.
        var published = new List<Func<IEnumerable<OutputFile>>>
        {
            () => content.Tables.SelectMany(table => TableDownloads.Create(table, content.Config.Languages)),
            () => TableWorkbook.Create(content),
            () => ReaderCsv.Create(content),
            () => DataPackage.Create(model),
            () => CorrectionsFeed.Create(model),
            () => OriginalDocuments.Create(model),
            () => HostHeaders.Create(model),
            () => SiteFiles.Create(model),
            () => ContentFiles.Create(model),
            () => ThemeAssets.Copy(theme, options.LiveReload, diagnostics),
        };
        published.AddRange(model.Languages.Select(language => (Func<IEnumerable<OutputFile>>)(() => search.Build(language))));
        // Select, then a plain loop: Native AOT cannot compile every instantiation of PLINQ's ordered SelectMany (IL3053).
        published.AsParallel().WithDegreeOfParallelism(Environment.ProcessorCount).Select(part =>
        {
            Keep(part().ToList());
            return true;
        }).ToList();
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path)); // The one order of the output, whatever the threads did.
        timings.Mark("publish");
        InterfaceStringCheck.CheckLookups(content.Strings, content.Config.DefaultLanguage, diagnostics);
        // One mistake, one message. A layout that failed left pages unwritten: checking what is missing would repeat
        // that error once per page. A name that makes addresses (a file name, a slug) that was refused moved pages:
        // each published address it moved would repeat it.
        if (!diagnostics.HasError(DiagnosticCodes.Template))
        {
            var paths = sink?.Paths() ?? files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal); // Every file of the site, made once for both checks.
            if (sink is null)
            {
                OutputChecker.Check(files, diagnostics, cache?.Checks, content.Config.BasePath);
            }
            else
            {
                OutputChecker.Resolve(sink.Pages, paths, diagnostics);
            }

            if (!diagnostics.HasError(DiagnosticCodes.BadFileName))
            {
                PublishedUrlGuard.Check(content.PublishedUrls, paths, diagnostics, content.Unreadable);
            }
        }

        timings.Mark("check");
        if (staged is not null)
        {
            staged.Commit(options.Strict);
            timings.Mark("write");
        }
        else if (write && !diagnostics.HasErrors(options.Strict))
        {
            var built = diagnostics.All; // What the site says, before the write adds what it says of the output folder.
            Write(files, options, diagnostics, cache);
            timings.Mark("write");
            if (cache?.Written is not null && inputs is not null)
            {
                cache.Last = new SiteState(options, inputs, model, templates, charts, previewPaths!, search,
                    files.ToDictionary(f => f.Path, StringComparer.Ordinal), built);
            }
        }

        return Result(diagnostics, model, sink?.Count ?? files.Count, clock, options, timings);
    }

    /// <summary>A fresh folder swapped in whole, except under `serve` once it has written one: then only what changed.</summary>
    private static void Write(List<OutputFile> files, BuildOptions options, DiagnosticBag diagnostics, BuildCache? cache, OutputChanges? changes = null)
    {
        // An incremental rebuild says what it changed: only that is compared, written and noted.
        if (changes is not null && cache?.Written is { } known && Directory.Exists(options.OutputDirectory)
            && IncrementalOutputWriter.TryWriteChanges(changes, options.OutputDirectory, known, diagnostics))
        {
            cache.Written = diagnostics.HasErrors(strict: false) ? null : known;
            return;
        }

        if (cache?.Written is { } written && Directory.Exists(options.OutputDirectory))
        {
            IncrementalOutputWriter.Write(files, options.OutputDirectory, written, diagnostics);
        }
        else
        {
            AtomicOutputWriter.Write(files, options.OutputDirectory, diagnostics);
        }

        if (cache is not null)
        {
            // After a failed write (a refused path, a full disk) nothing is known of the folder: the next build writes it whole.
            cache.Written = diagnostics.HasErrors(strict: false) ? null : files.ToDictionary(f => f.Path, f => f.ContentHash, StringComparer.Ordinal);
        }
    }

    /// <summary>Charts and preview images are drawn only with the theme's fonts: without them the build cannot make its images.</summary>
    private static ChartFonts? LoadFonts(ThemeFolders theme, DiagnosticBag diagnostics)
    {
        var fonts = ChartFonts.Load(theme, out var problem);
        if (fonts is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingGlyph, "theme/fonts", SourcePosition.Start, $"{problem}: charts and preview images cannot be drawn",
                $"Keep NotoSans-Regular.ttf and NotoSans-Bold.ttf (OFL) in theme/fonts/.");
        }

        return fonts;
    }

    private static BuildResult Result(DiagnosticBag diagnostics, SiteModel? model, int fileCount, Stopwatch clock, BuildOptions options, StageTimings timings)
    {
        var pages = model?.Languages.ToDictionary(l => l, l => model.Pages.Count(p => p.Language == l)) ?? new Dictionary<string, int>();
        return new BuildResult(diagnostics.All, pages, fileCount, clock.Elapsed, options.Strict)
        {
            PublishedUrls = model is null ? null : new Lazy<string>(() => PublishedUrlGuard.Merge(model.Content.PublishedUrls, model)),
            Timings = timings,
        };
    }
}
