using System.Collections.Concurrent;
using Fluid;
using Site.Charts;
using Site.Content;
using Site.Diagnostics;
using Site.Output;
using Site.Linking;
using Site.Markdown;
using Site.Rendering.Views;

namespace Site.Rendering;

/// <summary>The Render stage: every page through Markdig and its layout, in parallel; each page gets a fresh template context.</summary>
public sealed class SiteRenderer
{
    private readonly SiteModel _model;
    private readonly ThemeTemplates _templates;
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _liveReload;
    private readonly PageViewBuilder _views;
    private readonly MarkdownPageRenderer _markdown;
    private readonly ChartPublisher? _charts;

    /// <summary>Each layout failure once, with how many pages it stopped and the first of them: one mistake, one message.</summary>
    private readonly ConcurrentDictionary<(string Layout, string Message), (int Pages, string First)> _failures = new();

    public SiteRenderer(SiteModel model, ThemeTemplates templates, DiagnosticBag diagnostics, bool liveReload, ChartPublisher? charts = null)
    {
        _model = model;
        _templates = templates;
        _diagnostics = diagnostics;
        _liveReload = liveReload;
        _views = new PageViewBuilder(model, charts);
        _markdown = new MarkdownPageRenderer(model.Content.Config.AllowHtml);
        _charts = charts;
    }

    /// <summary>Renders every page; <paramref name="bodyRendered"/> sees each page's rendered Markdown (for search), from any thread.</summary>
    /// <param name="made">Given each file as soon as it is rendered, from any thread, instead of the list keeping it.</param>
    public IReadOnlyList<OutputFile> Render(Func<LinkedPage, string?> previewImage, Action<LinkedPage, RenderedMarkdown> bodyRendered, Action<OutputFile>? made = null)
    {
        var files = RenderPages(_model.Pages, previewImage, bodyRendered, made);
        files.Add(NotFoundPage());
        files.AddRange(EmbedPages());
        ReportFailures();
        if (made is null)
        {
            return files; // In no particular order: the build sorts all its files once.
        }

        files.ForEach(made);
        return [];
    }

    /// <summary>
    /// Renders these pages only, each as <see cref="Render"/> does (its page and its aliases' redirects): `serve`
    /// re-renders what an edit touched. Layout failures are kept until <see cref="ReportFailures"/>.
    /// </summary>
    public List<OutputFile> RenderPages(IEnumerable<LinkedPage> pages, Func<LinkedPage, string?> previewImage, Action<LinkedPage, RenderedMarkdown> bodyRendered,
        Action<OutputFile>? made = null)
    {
        var files = new ConcurrentBag<OutputFile>();
        var keep = made ?? files.Add;
        Parallel.ForEach(pages, page => ProcessingException.Guard(page.SourcePath ?? page.Url, () =>
        {
            var body = page.Body is not null ? _markdown.Render(page.Body, to => _model.Urls.Link(page.Url, to)) : page.Kind == OutputKind.Home ? HomeBody(page) : null;
            if (body is not null)
            {
                bodyRendered(page, body);
            }

            var view = _views.Build(page, body, HeadViewBuilder.Build(_model, page, previewImage(page)));
            if (RenderPage(page, OutputKindLayouts.Layout(page.Kind), view, _views.Site(page, _liveReload)) is { } html)
            {
                keep(OutputFile.Text(UrlScheme.OutputFile(page.Url), html));
            }

            foreach (var alias in page.Aliases)
            {
                var redirect = view with { RedirectTo = _model.Urls.Link(alias, page.Url), Canonical = _model.Urls.Absolute(page.Url) };
                if (RenderPage(page, "redirect", redirect, _views.Site(page, liveReload: false)) is { } html2)
                {
                    keep(OutputFile.Text(UrlScheme.OutputFile(alias), html2));
                }
            }

            return files.Count;
        }));
        return [.. files];
    }

    /// <summary>
    /// The home page shows the latest edition's introduction, so the front page moves when a report is published.
    /// It is rendered again from the home page's address, so that its links resolve from there.
    /// </summary>
    private RenderedMarkdown? HomeBody(LinkedPage home)
    {
        var latest = _model.Latest is null ? null : _model.Find(PageKey.EditionHome(_model.Latest.Id), home.Language);
        return latest?.Body is null ? null : _markdown.Render(latest.Body, to => _model.Urls.Link(home.Url, to));
    }

    /// <summary>One 404 page for every language: a host serves it at any address, so its links are absolute under the base path.</summary>
    private OutputFile NotFoundPage()
    {
        var language = _model.Content.Config.DefaultLanguage;
        var home = _model.Find(PageKey.Home, language)!;
        var notFound = home with { Url = "404.html", Title = _model.Content.Strings[language]["not_found_title"] };
        var site = _views.Site(home, _liveReload);
        var absolute = site with
        {
            HomeUrl = _model.Urls.Href(string.Empty),
            SearchUrl = _model.Urls.Href(_model.Urls.Special(language, "search")),
            GlossaryUrl = _model.Urls.Href(_model.Urls.Special(language, "glossary")),
            ArchiveUrl = _model.Urls.Href(_model.Urls.Special(language, "archive")),
            AssetsUrl = _model.Urls.Href("assets/"),
            SearchIndexUrl = _model.Urls.Href($"{language}/search-index.json"),
            Menu = site.Menu.Select(m => m with { Url = Absolutize(m.Url) }).ToList(),
            CorrectionsUrl = site.CorrectionsUrl.Length == 0 ? string.Empty : Absolutize(site.CorrectionsUrl),
        };
        var languages = _model.Languages.Select(l => new LinkView(_model.Content.Strings[l]["language_name"], _model.Urls.Href(_model.Urls.Home(l)))).ToList();
        var view = new PageView
        {
            Kind = "notfound",
            Title = notFound.Title,
            Summary = string.Empty,
            Content = string.Empty,
            Canonical = _model.Urls.Absolute("404.html"),
            Lang = language,
            Breadcrumbs = languages,
            Groups = _model.Languages.Select(l => new GroupView(_model.Content.Strings[l]["not_found_sections"],
                _model.Pages.Where(p => p.Language == l && p.Kind is OutputKind.Home or OutputKind.EditionHome or OutputKind.Section or OutputKind.AppendixList or OutputKind.Search or OutputKind.Glossary)
                    .OrderBy(p => p.Url, StringComparer.Ordinal)
                    .Select(p => new LinkView(p.Title, _model.Urls.Href(p.Url)))
                    .ToList())).ToList(),
        };
        return OutputFile.Text("404.html", RenderPage(notFound, "404", view, absolute) ?? string.Empty);
    }

    /// <summary>Each chart's page for an iframe, standalone like a redirect page (no menus: it is shown inside another site).</summary>
    private IEnumerable<OutputFile> EmbedPages()
    {
        if (_charts is null)
        {
            yield break;
        }

        foreach (var (page, chart, url) in ChartEmbedPages.All(_model, _charts))
        {
            var site = _views.Site(page, liveReload: false) with { AssetsUrl = _model.Urls.Link(url, "assets/") };
            if (RenderPage(page, "embed", ChartEmbedPages.View(_model, page, chart, url), site) is { } html)
            {
                yield return OutputFile.Text(UrlScheme.OutputFile(url), html);
            }
        }
    }

    /// <summary>A link made relative to the home page, as an absolute path under the base path.</summary>
    private string Absolutize(string relative) => _model.Urls.Href(OutputPaths.Resolve("index.html", relative));

    private string? RenderPage(LinkedPage page, string layout, PageView view, SiteView site)
    {
        if (!_templates.Has(layout) || !_templates.Has("base"))
        {
            return null;
        }

        var context = new TemplateContext(_templates.Options);
        context.SetValue("page", view);
        context.SetValue("site", site);
        context.SetValue("t", _model.Content.Strings[page.Language].Values);
        var inner = TryRender(layout, context, page);
        if (inner is null || layout is "redirect" or "embed")
        {
            return inner; // A redirect page stands alone: the site's menus would be relative to another address; an embedded chart is shown inside another site.
        }

        context.SetValue("content", inner);
        return TryRender("base", context, page);
    }

    /// <summary>Any exception of a layout stays here, recorded against that layout: none escapes the render loop.</summary>
    private string? TryRender(string layout, TemplateContext context, LinkedPage page)
    {
        try
        {
            return _templates.Render(layout, context);
        }
        catch (Exception e)
        {
            var shown = page.SourcePath ?? "/" + page.Url;
            _failures.AddOrUpdate((layout, e.Message), (1, shown), (_, seen) => (seen.Pages + 1, string.CompareOrdinal(shown, seen.First) < 0 ? shown : seen.First));
            return null;
        }
    }

    /// <summary>Reports the layout failures of every render so far, each once.</summary>
    public void ReportFailures()
    {
        foreach (var ((layout, message), (pages, first)) in _failures)
        {
            var (file, at) = _templates.Locate(layout, message);
            var where = pages == 1 ? $"rendering {first}" : $"rendering {pages} pages, the first {first}";
            _diagnostics.Error(DiagnosticCodes.Template, file, at, $"{message.TrimEnd('.')} (while {where})", $"Check the variable and filter names here.");
        }
    }
}
