using Site.Charts;
using Site.Content;
using Site.Linking;
using Site.Markdown;
using Site.Rendering.Views;
using Site.Text;

namespace Site.Rendering;

/// <summary>Builds the <see cref="PageView"/> of a page: its menus, language switch, facts and lists, all linked relative to it.</summary>
public sealed class PageViewBuilder
{
    private readonly SiteModel _model;
    private readonly ChartPublisher? _charts;

    public PageViewBuilder(SiteModel model, ChartPublisher? charts = null)
    {
        _model = model;
        _charts = charts;
    }

    public PageView Build(LinkedPage page, RenderedMarkdown? body, HeadView head)
    {
        var t = _model.Content.Strings[page.Language];
        var edition = _model.Edition(page.EditionId) ?? (page.Kind == OutputKind.Home ? _model.Latest : null);
        var editionHome = edition is null ? null : _model.Find(PageKey.EditionHome(edition.Id), page.Language);
        var view = new PageView
        {
            Kind = page.Kind.ToString().ToLowerInvariant(),
            Title = page.Title,
            Summary = page.Summary,
            Content = page.Kind is OutputKind.Appendix or OutputKind.Glossary ? string.Empty : body?.Html ?? string.Empty,
            Appendix = page.Kind == OutputKind.Appendix ? AppendixViewBuilder.Build(_model, page, t, to => Link(page, to)) : null,
            Glossary = page.Kind == OutputKind.Glossary ? GlossaryViewBuilder.Build(_model, page.Language) : [],
            Charts = ChartViewBuilder.Build(_model, _charts, page, t, to => Link(page, to)),
            Canonical = _model.Urls.Absolute(page.Url),
            Lang = page.Language,
            Number = page.Number ?? string.Empty,
            EditionTitle = edition?.Title.Get(page.Language) ?? string.Empty,
            EditionUrl = editionHome is null ? string.Empty : Link(page, editionHome.Url),
            Toc = (body?.Headings ?? []).Select(h => new TocView(h.Id, h.Text, h.Level)).ToList(),
            Breadcrumbs = Breadcrumbs.For(_model, page).Select(p => new LinkView(p.Title, Link(page, p.Url), p == page)).ToList(),
            Languages = LanguageSwitch(page),
            Groups = GroupsOf(page, edition, t),
            Facts = FactsOf(page, t),
            KeyFigures = edition is null || page.Kind is not (OutputKind.Home or OutputKind.EditionHome) ? [] : KeyFigureViewBuilder.Build(_model, page, edition, t, to => Link(page, to)),
            Head = head,
            FigureNotes = FigureNotes(page),
            Press = page.Kind == OutputKind.Press ? PressViewBuilder.Build(_model, page, t, to => Link(page, to)) : [],
            Places = page.Kind == OutputKind.Places ? PlacesViewBuilder.Build(_model, page, t, to => Link(page, to)) : [],
            Corrections = page.Kind == OutputKind.Corrections ? CorrectionsViewBuilder.Build(_model, page, t, to => Link(page, to)) : [],
            FeedUrl = page.Kind == OutputKind.Corrections ? Link(page, DownloadPaths.CorrectionsFeed(page)) : string.Empty,
            Original = OriginalOf(page, edition),
        };
        if (page.Kind is OutputKind.Chapter or OutputKind.Movement or OutputKind.Story or OutputKind.Appendix)
        {
            var (previous, next) = _model.Neighbours(page);
            view = view with
            {
                Prev = previous is null ? LinkView.None : new LinkView(previous.Title, Link(page, previous.Url)),
                Next = next is null ? LinkView.None : new LinkView(next.Title, Link(page, next.Url)),
            };
        }

        if (page.Kind is OutputKind.Movement or OutputKind.Story && edition is not null)
        {
            view = view with { Citation = Citation(page, edition, t), Permalink = _model.Urls.Absolute(page.Url) };
        }

        return WithStaleNotice(view, page, t);
    }

    public SiteView Site(LinkedPage page, bool liveReload)
    {
        var t = _model.Content.Strings[page.Language];
        var language = page.Language;
        var menu = new List<LinkView>();
        if (_model.Latest is { } latest)
        {
            foreach (var section in new[] { string.Empty, "report", "movements", "stories", "appendices" })
            {
                var key = section.Length == 0 ? PageKey.EditionHome(latest.Id) : PageKey.SectionIndex(latest.Id, section);
                if (_model.Find(key, language) is { } target)
                {
                    var title = section.Length == 0 ? t["menu_overview"] : t[$"menu_{section}"];
                    menu.Add(new LinkView(title, Link(page, target.Url), page.Url.StartsWith(target.Url, StringComparison.Ordinal) && (section.Length > 0 || page.Url == target.Url)));
                }
            }
        }

        foreach (var sitePage in _model.Section(language, null, string.Empty))
        {
            menu.Add(new LinkView(sitePage.Title, Link(page, sitePage.Url), sitePage == page));
        }

        return new SiteView(
            _model.Content.Config.Title.Get(language),
            language,
            Link(page, _model.Urls.Home(language)),
            Link(page, _model.Urls.Special(language, "search")),
            Link(page, _model.Urls.Special(language, "glossary")),
            Link(page, _model.Urls.Special(language, "archive")),
            Link(page, "assets/"),
            Link(page, $"{language}/search-index.json"),
            menu,
            _model.Content.Config.Licence.Get(language),
            _model.Content.Config.Contact ?? string.Empty,
            liveReload)
        {
            Publisher = _model.Content.Config.Publisher.Has(language) ? _model.Content.Config.Publisher.Get(language) : string.Empty,
            ContactUrl = ContactUrl(_model.Content.Config.Contact),
            CorrectionsUrl = (_model.Edition(page.EditionId) ?? _model.Latest) is { } edition
                && _model.Find(PageKey.SectionIndex(edition.Id, ReaderPages.Corrections), language) is { } corrections ? Link(page, corrections.Url) : string.Empty,
        };
    }

    /// <summary>An e-mail address as a mailto: link; a web address as it is; nothing when site.yml gives no contact.</summary>
    private static string ContactUrl(string? contact) =>
        contact is null ? string.Empty : contact.Contains('@') && !contact.Contains("://", StringComparison.Ordinal) ? "mailto:" + contact : contact;

    /// <summary>The edition's original document, for every page of the edition (and the home page, for the latest): to check the text against.</summary>
    private LinkView OriginalOf(LinkedPage page, Content.Edition? edition)
    {
        // A file that is not there is reported once, at edition.yml: no page links to it.
        if (edition?.Original is not { } original || (original.File is { } kept && _model.Content.InputFiles.All(f => f.RelativePath != $"editions/{edition.Id}/{kept}"))
            || page.Kind is not (OutputKind.Home or OutputKind.EditionHome or OutputKind.Chapter or OutputKind.Movement
            or OutputKind.Story or OutputKind.Appendix or OutputKind.Summary or OutputKind.Press))
        {
            return LinkView.None;
        }

        var t = _model.Content.Strings[page.Language];
        var label = original.Label.Has(page.Language) ? original.Label.Get(page.Language) : t["original_document"];
        return new LinkView(label, original.File is { } file ? Link(page, DownloadPaths.Original(edition.Id, file)) : original.Url!);
    }

    private string Link(LinkedPage from, string to) => _model.Urls.Link(from.Kind == OutputKind.Home && from.Url.Length == 0 ? string.Empty : from.Url, to);

    private IReadOnlyList<LanguageView> LanguageSwitch(LinkedPage page)
    {
        var names = _model.Content.Strings[page.Language];
        return _model.Languages.Select(language =>
        {
            var version = _model.Find(page.Key, language);
            var name = _model.Content.Strings[language]["language_name"];
            return version is null
                ? new LanguageView(language, name, Link(page, _model.Urls.Home(language)), string.Empty, false, false)
                : new LanguageView(language, name, Link(page, version.Url), _model.Urls.Absolute(version.Url), true, language == page.Language);
        }).ToList();
    }

    private IReadOnlyList<GroupView> GroupsOf(LinkedPage page, Content.Edition? edition, InterfaceStrings t)
    {
        var language = page.Language;
        LinkView Item(LinkedPage p) => new(p.Title, Link(page, p.Url), false, p.Summary, p.Number ?? string.Empty);
        switch (page.Kind)
        {
            case OutputKind.Section when page.Section == "movements":
                var movements = _model.Section(language, page.EditionId, "movements");
                return FrontMatterSchema.LaunchedByValues
                    .Select(by => new GroupView(t[$"launched_by_{by}_group"], movements.Where(m => m.Source?.Meta.LaunchedBy == by).Select(Item).ToList()))
                    .Where(g => g.Items.Count > 0)
                    .ToList();
            case OutputKind.Section or OutputKind.AppendixList:
                return [new GroupView(string.Empty, _model.Section(language, page.EditionId, page.Section).Select(Item).ToList())];
            case OutputKind.EditionHome or OutputKind.Home when edition is not null:
                return [.. new[] { "report", "movements", "stories", "appendices" }
                    .Select(s => (Index: _model.Find(PageKey.SectionIndex(edition.Id, s), language), Pages: _model.Section(language, edition.Id, s)))
                    .Where(s => s.Index is not null && s.Pages.Count > 0)
                    .Select(s => new GroupView(s.Index!.Title, s.Pages.Select(Item).ToList())),
                    new GroupView(t["reader_pages"], new[] { PageReader.SummaryStem, ReaderPages.Press, ReaderPages.Places, ReaderPages.Corrections }
                        .Select(s => _model.Find(s == PageReader.SummaryStem ? PageKey.InSection(edition.Id, s, s) : PageKey.SectionIndex(edition.Id, s), language))
                        .OfType<LinkedPage>().Select(Item).ToList())];
            case OutputKind.Archive:
                return [new GroupView(string.Empty, _model.Content.Editions
                    .OrderByDescending(e => e.Date, StringComparer.Ordinal)
                    .Select(e => _model.Find(PageKey.EditionHome(e.Id), language) is { } home
                        ? new LinkView(e.Title.Get(language), Link(page, home.Url), false, $"{e.IssuedOn.Format(t.Dates)} · {e.NumberDisplay.Get(language)}".Trim(' ', '·'), e.Id)
                        : null)
                    .OfType<LinkView>()
                    .ToList())];
            case OutputKind.Search:
                return [new GroupView(t["browse_sections"], _model.Pages
                    .Where(p => p.Language == language && p.Kind is OutputKind.Section or OutputKind.AppendixList or OutputKind.EditionHome or OutputKind.Glossary)
                    .OrderBy(p => p.Url, StringComparer.Ordinal)
                    .Select(Item)
                    .ToList())];
            default:
                return [];
        }
    }

    private IReadOnlyList<FactView> FactsOf(LinkedPage page, InterfaceStrings t)
    {
        var meta = page.Source?.Meta;
        var facts = new List<FactView>();
        if (meta is null)
        {
            return facts;
        }

        var language = page.Language;
        if (page.Kind == OutputKind.Movement)
        {
            facts.Add(new FactView(t["number"], meta.Number ?? string.Empty));
            facts.Add(new FactView(t["launched_by"], t[$"launched_by_{meta.LaunchedBy}"]));
            if (meta.Period is { } period)
            {
                facts.Add(new FactView(t["period"], period));
            }

            if (meta.Appendix is { } appendix && page.EditionId is { } edition && _model.Find(PageKey.Appendix(edition, appendix), language) is { } table)
            {
                facts.Add(new FactView(t["awards_table"], table.Title, Link(page, table.Url)));
                if (table.Table?.Period is { } tablePeriod && tablePeriod.Label.Has(language))
                {
                    facts.Add(new FactView($"{t["period_of_figures"]} ({t["appendix"]} {table.Table.Number})", tablePeriod.Label.Get(language)));
                }
            }

            foreach (var story in _model.StoriesOf(page))
            {
                facts.Add(new FactView(t["exemplary_model"], story.Title, Link(page, story.Url)));
            }
        }
        else if (page.Kind == OutputKind.Story)
        {
            facts.Add(new FactView(t["subject"], t[$"subject_{meta.Subject}"]));
            facts.Add(new FactView(t["place"], meta.Place ?? string.Empty));
            if (page.EditionId is { } edition && meta.Movement is { } stem && _model.Find(PageKey.Movement(edition, stem), language) is { } movement)
            {
                facts.Add(new FactView(t["movement"], $"{movement.Number}. {movement.Title}", Link(page, movement.Url)));
            }

            foreach (var award in meta.Awards)
            {
                var form = _model.Content.AwardForms.FirstOrDefault(f => f.Id == award);
                facts.Add(new FactView(t["award"], form?.Name.Get(language) ?? award));
            }
        }

        return facts;
    }

    /// <summary>The site's home shows the latest edition's introduction, and so its notes.</summary>
    private IReadOnlyList<FigureNoteView> FigureNotes(LinkedPage page) =>
        ((page.Body ?? (page.Kind == OutputKind.Home && _model.Latest is { } latest ? _model.Find(PageKey.EditionHome(latest.Id), page.Language)?.Body : null))?.Figures ?? [])
            .Select(f => f.Figure)
            .Where(f => f.NoteNumber > 0)
            .DistinctBy(f => f.NoteNumber)
            .Select(f => new FigureNoteView(f.NoteNumber, f.Caveats, Link(page, (f.Href ?? string.Empty).TrimStart('/'))))
            .ToList();

    private string Citation(LinkedPage page, Content.Edition edition, InterfaceStrings t) =>
        t["citation_format"]
            .Replace("{issuer}", edition.Issuer.Get(page.Language), StringComparison.Ordinal)
            .Replace("{report}", edition.Title.Get(page.Language), StringComparison.Ordinal)
            .Replace("{date}", edition.IssuedOn.Format(t.Dates), StringComparison.Ordinal)
            .Replace("{title}", page.Title, StringComparison.Ordinal)
            .Replace("{url}", _model.Urls.Absolute(page.Url), StringComparison.Ordinal);

    private PageView WithStaleNotice(PageView view, LinkedPage page, InterfaceStrings t)
    {
        var sourceLanguage = _model.Content.Config.DefaultLanguage;
        if (page.Source is null || page.Language == sourceLanguage || _model.Find(page.Key, sourceLanguage) is not { Source: { } original } originalPage)
        {
            return view;
        }

        return TranslationFreshness.IsStale(original, page.Source)
            ? view with { StaleNotice = t["stale_translation"], StaleSourceUrl = Link(page, originalPage.Url), StaleSourceLang = sourceLanguage }
            : view;
    }
}
