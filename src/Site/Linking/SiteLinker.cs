using Site.Diagnostics;
using Site.Content;
using Site.Markdown;
using Site.Loading;
using Site.Text;

namespace Site.Linking;

/// <summary>
/// The Link stage: places every page (its URL in each language), adds the pages the site generates (homes,
/// section lists, appendices, glossary, search, archive), and checks what only the whole site can tell:
/// collisions, translations, references between pages and tables, and every link, image, anchor and figure of
/// the parsed page bodies, at its line in the .md file.
/// </summary>
public static class SiteLinker
{
    /// <param name="bodies">Each page's Markdown, parsed by the Parse stage (a page whose Markdown could not be read has none).</param>
    public static SiteModel Link(ContentSet content, IReadOnlyDictionary<PageSource, ParsedMarkdown> bodies, DiagnosticBag diagnostics)
    {
        var urls = new UrlScheme(content.Config, content.Strings);
        var pages = new List<LinkedPage>();
        foreach (var source in content.Pages)
        {
            pages.Add(new LinkedPage(source.Key, source.Language, KindOf(source.Kind), urls.Page(source), source.Meta.Title,
                source.Meta.Summary, source.EditionId, source.Section, source, null) { Body = bodies.GetValueOrDefault(source) });
        }

        var sections = content.Pages.Select(p => (p.EditionId, p.Section)).ToHashSet();
        var tablesOf = content.Tables.ToLookup(tb => tb.EditionId, StringComparer.Ordinal);
        var latest = content.Editions.OrderByDescending(e => e.Date, StringComparer.Ordinal).ThenByDescending(e => e.Id, StringComparer.Ordinal).FirstOrDefault();
        foreach (var language in content.Config.Languages)
        {
            var t = content.Strings[language];
            pages.Add(Generated(PageKey.Home, language, OutputKind.Home, urls.Home(language), content.Config.Title.Get(language), content.Config.Description.Get(language))
                with { Redirects = LanguageRoots.For(urls, language) });
            pages.Add(Generated(PageKey.Special("glossary"), language, OutputKind.Glossary, urls.Special(language, "glossary"), t["glossary"], t["glossary_summary"]));
            pages.Add(Generated(PageKey.Special("search"), language, OutputKind.Search, urls.Special(language, "search"), t["search"], t["search_summary"]));
            pages.Add(Generated(PageKey.Special("archive"), language, OutputKind.Archive, urls.Special(language, "archive"), t["archive"], t["archive_summary"]));
            var existing = pages.Where(p => p.Language == language).Select(p => p.Key).ToHashSet();
            foreach (var edition in content.Editions)
            {
                AddEditionPages(pages, existing, sections, tablesOf, content, urls, edition, language);
                pages.AddRange(ReaderPages.For(content, urls, edition, language));
            }
        }

        var model = new SiteModel(content, urls, pages, latest);
        CheckPlaces(model, diagnostics);
        TermConsistencyCheck.Check(content, diagnostics);
        EditionDataCheck.Check(model, diagnostics);
        new PageBodyLinker(model, diagnostics).LinkAll();
        UnreadFiles.Check(model, diagnostics);
        return model;
    }

    /// <summary>
    /// The checks of where pages are and what their front matter refers to: addresses, translations (pairs, shared
    /// facts, freshness) and references to movements, tables and award forms. Each is one pass over the pages, so
    /// `serve` repeats them after an edit and keeps what they report at the edited pages.
    /// </summary>
    public static void CheckPlaces(SiteModel model, DiagnosticBag diagnostics)
    {
        CheckUrls(model, diagnostics);
        CheckTranslations(model, diagnostics);
        CheckReferences(model, diagnostics);
    }

    private static OutputKind KindOf(PageKind kind) => kind switch
    {
        PageKind.EditionHome => OutputKind.EditionHome,
        PageKind.SectionIndex => OutputKind.Section,
        PageKind.Chapter => OutputKind.Chapter,
        PageKind.Movement => OutputKind.Movement,
        PageKind.Story => OutputKind.Story,
        PageKind.Summary => OutputKind.Summary,
        _ => OutputKind.SitePage,
    };

    private static LinkedPage Generated(PageKey key, string language, OutputKind kind, string url, string title, string summary, string? edition = null, string section = "") =>
        new(key, language, kind, url, title, summary, edition, section, null, null);

    private static void AddEditionPages(List<LinkedPage> pages, HashSet<PageKey> existing, HashSet<(string?, string)> sections, ILookup<string, Data.AwardTable> tablesOf,
        ContentSet content, UrlScheme urls, Edition edition, string language)
    {
        var t = content.Strings[language];
        bool Has(PageKey key) => existing.Contains(key);
        if (!Has(PageKey.EditionHome(edition.Id)))
        {
            pages.Add(Generated(PageKey.EditionHome(edition.Id), language, OutputKind.EditionHome, urls.EditionHome(language, edition.Id),
                edition.Title.Get(language), edition.Issuer.Get(language), edition.Id));
        }

        foreach (var section in PageReader.Sections.Where(s => sections.Contains((edition.Id, s))))
        {
            if (!Has(PageKey.SectionIndex(edition.Id, section)))
            {
                pages.Add(Generated(PageKey.SectionIndex(edition.Id, section), language, OutputKind.Section, urls.Section(language, edition.Id, section),
                    t[$"section_{section}"], string.Empty, edition.Id, section));
            }
        }

        var tables = tablesOf[edition.Id].ToList();
        if (tables.Count == 0)
        {
            return;
        }

        pages.Add(Generated(PageKey.SectionIndex(edition.Id, "appendices"), language, OutputKind.AppendixList, urls.Section(language, edition.Id, "appendices"),
            t["section_appendices"], t["appendices_summary"], edition.Id, "appendices"));
        foreach (var table in tables)
        {
            var title = $"{t["appendix"]} {table.Number}: {table.Title.Get(language)}";
            pages.Add(new LinkedPage(PageKey.Appendix(edition.Id, table.Number), language, OutputKind.Appendix,
                urls.Appendix(language, edition.Id, table.Number), title, table.Subtitle.Get(language), edition.Id, "appendices", null, table));
        }
    }

    /// <summary>Two pages on one URL, also after lower-casing and folding (GitHub Pages is case-sensitive; readers are not).</summary>
    private static void CheckUrls(SiteModel model, DiagnosticBag diagnostics)
    {
        var claims = new Dictionary<string, (LinkedPage Page, bool IsAlias)>(StringComparer.Ordinal);
        foreach (var page in model.Pages.OrderBy(p => p.SourcePath ?? "~", StringComparer.Ordinal).ThenBy(p => p.Url, StringComparer.Ordinal))
        {
            Claim(page.Url, page, isAlias: false);
            foreach (var alias in page.Aliases)
            {
                Claim(alias, page, isAlias: true);
            }
        }

        void Claim(string url, LinkedPage page, bool isAlias)
        {
            var folded = VietnameseFolding.Fold(url).ToLowerInvariant();
            if (!claims.TryGetValue(folded, out var other))
            {
                claims[folded] = (page, isAlias);
                return;
            }

            if (other.Page == page)
            {
                return;
            }

            // Report at the file an editor can change: a generated page has none.
            var (here, hereIsAlias, there, thereIsAlias) = page.Source is null && other.Page.Source is not null
                ? (other.Page, other.IsAlias, page, isAlias)
                : (page, isAlias, other.Page, other.IsAlias);
            var file = here.SourcePath ?? "input";
            var otherFile = Named(there);
            var at = here.Source?.Meta.PositionOf(hereIsAlias ? "aliases" : "slug") ?? SourcePosition.Start;
            if (hereIsAlias || thereIsAlias)
            {
                diagnostics.Error(DiagnosticCodes.AliasCollision, file, at,
                    $"the address /{url} is claimed by {Describe(hereIsAlias)} of this page and by {Describe(thereIsAlias)} of {otherFile}",
                    $"Remove the alias or change one of the slugs.");
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.UrlCollision, file, at,
                    $"this page and {otherFile} would both be published at /{url}", $"Give one of them another 'slug'.");
            }
        }

        static Translatable Describe(bool isAlias)
        {
            if (isAlias)
            {
                return $"an alias";
            }

            return $"the address";
        }
    }

    /// <summary>"pages/about.en.md" → "pages/about.vi.md": the same page's file in another language.</summary>
    private static string OtherLanguage(string path, string language, string other) =>
        path.EndsWith($".{language}.md", StringComparison.Ordinal) ? path[..^(language.Length + 3)] + $"{other}.md" : path;

    private static void CheckTranslations(SiteModel model, DiagnosticBag diagnostics)
    {
        var source = model.Content.Config.DefaultLanguage;
        foreach (var group in model.Content.Pages.GroupBy(p => p.Key).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            var original = group.FirstOrDefault(p => p.Language == source);
            if (original is null)
            {
                // A source that could not be read had its own error: its translations are not orphans.
                foreach (var orphan in group.Where(o => !model.Content.Unreadable.Contains(OtherLanguage(o.File.RelativePath, o.Language, source))))
                {
                    var siblings = model.Content.Pages
                        .Where(p => p.Language == source && p.EditionId == orphan.EditionId && p.Section == orphan.Section)
                        .Select(p => p.Stem);
                    diagnostics.Warning(DiagnosticCodes.OrphanTranslation, orphan.File.DisplayPath, SourcePosition.Start,
                        $"this {orphan.Language} page has no {source} source '{orphan.Stem}.{source}.md' {Suggestions.DidYouMean(orphan.Stem, siblings)}",
                        $"Translations must have the same file name as their source, with .{orphan.Language}.md.");
                }

                continue;
            }

            foreach (var language in model.Languages.Where(l => l != source && group.All(p => p.Language != l)
                && !model.Content.Unreadable.Contains(OtherLanguage(original.File.RelativePath, source, l))))
            {
                diagnostics.Warning(DiagnosticCodes.MissingTranslation, original.File.DisplayPath, SourcePosition.Start,
                    $"this page has no {language} translation", $"Add {original.Stem}.{language}.md beside it.",
                    failsStrictBuild: model.Content.Config.StrictTranslations);
            }

            foreach (var translation in group.Where(p => p != original))
            {
                CheckSameFacts(original, translation, diagnostics);
                CheckFreshness(model, original, translation, diagnostics);
            }
        }
    }

    /// <summary>
    /// The one part of <see cref="CheckPlaces"/> that reads a body: whether each translation of these pages is older
    /// than its source (`serve` after a body edit: the rest reads front matter and the site's shape, which it kept).
    /// </summary>
    public static void CheckFreshness(SiteModel model, IReadOnlySet<PageKey> keys, DiagnosticBag diagnostics)
    {
        var source = model.Content.Config.DefaultLanguage;
        foreach (var group in model.Content.Pages.Where(p => keys.Contains(p.Key)).GroupBy(p => p.Key))
        {
            if (group.FirstOrDefault(p => p.Language == source) is { } original)
            {
                foreach (var translation in group.Where(p => p != original))
                {
                    CheckFreshness(model, original, translation, diagnostics);
                }
            }
        }
    }

    private static void CheckFreshness(SiteModel model, PageSource original, PageSource translation, DiagnosticBag diagnostics)
    {
        if (TranslationFreshness.IsStale(original, translation))
        {
            var source = model.Content.Config.DefaultLanguage;
            diagnostics.Warning(DiagnosticCodes.StaleTranslation, translation.File.DisplayPath, translation.Meta.PositionOf("source_hash"),
                $"the {source} source of this translation has changed since it was translated",
                $"Update the translation, then run: site translated {translation.File.DisplayPath}",
                failsStrictBuild: model.Content.Config.StrictTranslations);
        }
    }

    private static Translatable Shown(string fact)
    {
        if (fact.Length == 0)
        {
            return $"not set";
        }

        return $"'{fact}'";
    }

    /// <summary>A page by its source file, or by its title when it is generated (it has none).</summary>
    private static Translatable Named(LinkedPage page)
    {
        if (page.SourcePath is { } path)
        {
            return $"{path}";
        }

        return $"the generated page '{page.Title}'";
    }

    private static Translatable Mismatch(string key, Translatable here, Translatable there, string file) =>
        $"'{key}' is {here} here but {there} in {file}";

    private static Translatable MismatchAtLine(string key, Translatable here, Translatable there, string file, int line) =>
        $"'{key}' is {here} here but {there} in {file} line {line}";

    private static void CheckSameFacts(PageSource original, PageSource translation, DiagnosticBag diagnostics)
    {
        foreach (var key in FrontMatterSchema.LanguageIndependent)
        {
            var left = Fact(original.Meta, key);
            var right = Fact(translation.Meta, key);
            if (left != right)
            {
                var there = left.Length == 0
                    ? Mismatch(key, Shown(right), Shown(left), original.File.DisplayPath)
                    : MismatchAtLine(key, Shown(right), Shown(left), original.File.DisplayPath, original.Meta.PositionOf(key).Line);
                diagnostics.Error(DiagnosticCodes.TranslationMismatch, translation.File.DisplayPath, translation.Meta.PositionOf(key),
                    there, $"Language-independent keys must be the same in every translation.");
            }
        }
    }

    private static string Fact(PageMeta meta, string key) => key switch
    {
        "number" => meta.Number ?? string.Empty,
        "launched_by" => meta.LaunchedBy ?? string.Empty,
        "appendix" => meta.Appendix ?? string.Empty,
        "appendix_rows" => string.Join(",", meta.AppendixRows),
        "subject" => meta.Subject ?? string.Empty,
        "movement" => meta.Movement ?? string.Empty,
        "awards" => string.Join(",", meta.Awards),
        "weight" => meta.Weight?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        _ => string.Empty,
    };

    private static void CheckReferences(SiteModel model, DiagnosticBag diagnostics)
    {
        var content = model.Content;
        var awardIds = content.AwardForms.Select(f => f.Id).ToList();
        // Sets, not lists: every story names its movement, and a scan of the edition's movements for each made the check grow with their product.
        var movementsByEdition = content.Pages
            .Where(p => p.Kind == PageKind.Movement)
            .GroupBy(p => p.EditionId ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Stem).Distinct().ToList(), StringComparer.Ordinal);
        var movementSets = movementsByEdition.ToDictionary(m => m.Key, m => m.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        List<string> MovementsOf(string? edition) => movementsByEdition.GetValueOrDefault(edition ?? string.Empty) ?? [];
        bool HasMovement(string? edition, string movement) => movementSets.GetValueOrDefault(edition ?? string.Empty)?.Contains(movement) == true;
        foreach (var page in content.Pages)
        {
            var meta = page.Meta;
            var file = page.File.DisplayPath;
            if (meta.Movement is { } movement)
            {
                if (!HasMovement(page.EditionId, movement) && !content.MayBeUnreadable($"editions/{page.EditionId}/movements/{movement}."))
                {
                    diagnostics.Error(DiagnosticCodes.UnknownReference, file, meta.PositionOf("movement"),
                        $"there is no movement '{movement}' in this edition {Suggestions.DidYouMean(movement, MovementsOf(page.EditionId))}",
                        $"Use the file name (without .vi.md) of a page in movements/.");
                }
            }

            if (meta.Appendix is { } appendix)
            {
                var tables = model.Tables(page.EditionId);
                var table = tables.FirstOrDefault(t => t.Number == appendix);
                if (table is null && content.MayBeUnreadable($"editions/{page.EditionId}/appendices/{appendix}."))
                {
                    // Its own error is reported: one mistake, one message.
                }
                else if (table is null)
                {
                    diagnostics.Error(DiagnosticCodes.UnknownReference, file, meta.PositionOf("appendix"),
                        $"there is no appendix '{appendix}' in this edition {Suggestions.DidYouMean(appendix, tables.Select(t => t.Number))}",
                        $"Use the number of a table in appendices/.");
                }
                else
                {
                    foreach (var row in meta.AppendixRows.Where(r => table.Row(r) is null))
                    {
                        diagnostics.Error(DiagnosticCodes.UnknownReference, file, meta.PositionOf("appendix_rows"),
                            $"appendix {appendix} has no row '{row}'", $"Its rows are: {string.Join(", ", table.Rows.Select(r => r.Id))}.");
                    }
                }
            }

            foreach (var award in meta.Awards.Where(a => !awardIds.Contains(a)))
            {
                diagnostics.Error(DiagnosticCodes.UnknownReference, file, meta.PositionOf("awards"),
                    $"unknown award form '{award}' {Suggestions.DidYouMean(award, awardIds)}", $"Use an id from input/award-forms.yml.");
            }
        }

        foreach (var table in content.Tables)
        {
            var movements = MovementsOf(table.EditionId);
            foreach (var movement in table.Movements.Concat(table.Rows.Select(r => r.Movement).OfType<string>()).Distinct().Where(m => !HasMovement(table.EditionId, m)))
            {
                diagnostics.Error(DiagnosticCodes.UnknownReference, table.File.DisplayPath, table.MovementsAt,
                    $"there is no movement '{movement}' in this edition {Suggestions.DidYouMean(movement, movements)}", null);
            }
        }
    }
}
