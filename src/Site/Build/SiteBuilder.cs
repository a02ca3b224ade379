using System.Diagnostics;
using Site.Checking;
using Site.Content;
using Site.Linking;
using Site.Publishing;
using Site.Rendering;

namespace Site.Build;

/// <summary>The build, as its recipe: Load → Link → Render → Publish → Check → Write.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, bool write = true)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(options, diagnostics);
        if (content is null)
        {
            return Result(diagnostics, null, 0, clock, options);
        }

        var model = SiteLinker.Link(content, diagnostics);
        var templates = ThemeTemplates.Load(options.ThemeDirectory, diagnostics);
        var renderer = new SiteRenderer(model, templates, diagnostics, options.LiveReload);
        var files = renderer.Render(_ => null).ToList();
        files.AddRange(content.Tables.SelectMany(TableDownloads.Create));
        files.AddRange(SiteFiles.Create(model));
        files.AddRange(model.Languages.Select(l => SearchIndexBuilder.Build(model, renderer.Bodies, l)));
        files.AddRange(ThemeAssets.Copy(options.ThemeDirectory, options.LiveReload));
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        OutputChecker.Check(files, diagnostics);
        PublishedUrlGuard.Check(content.PublishedUrls, files, diagnostics);
        if (write && !diagnostics.HasErrors(options.Strict))
        {
            AtomicOutputWriter.Write(files, options.OutputDirectory, diagnostics);
        }

        return Result(diagnostics, model, files.Count, clock, options);
    }

    private static BuildResult Result(DiagnosticBag diagnostics, SiteModel? model, int fileCount, Stopwatch clock, BuildOptions options)
    {
        var pages = model?.Languages.ToDictionary(l => l, l => model.Pages.Count(p => p.Language == l)) ?? new Dictionary<string, int>();
        return new BuildResult(diagnostics.All, pages, fileCount, clock.Elapsed, options.Strict)
        {
            PublishedUrls = model is null ? null : PublishedUrlGuard.Merge(model.Content.PublishedUrls, model),
        };
    }
}
