using Site.Diagnostics;
using Site.Text;

namespace Site.Content;

/// <summary>Turns one Markdown source file into a <see cref="PageSource"/>: its place from the path, its meta from the front matter.</summary>
public sealed class PageReader
{
    public static readonly string[] Sections = ["report", "movements", "stories"];

    /// <summary>The file stem (and section) of an edition's plain-language summary: editions/&lt;edition&gt;/summary.&lt;lang&gt;.md.</summary>
    public const string SummaryStem = "summary";

    private readonly IReadOnlyList<string> _languages;
    private readonly DiagnosticBag _diagnostics;

    public PageReader(IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        _languages = languages;
        _diagnostics = diagnostics;
    }

    /// <summary>Null when the file is not a page (or is one whose errors were reported).</summary>
    public PageSource? Read(SourceFile file)
    {
        var place = Locate(file);
        if (place is null)
        {
            return null;
        }

        var (kind, language, stem, edition, section) = place.Value;
        var parts = FrontMatterSplitter.Split(file, _diagnostics);
        if (parts is null)
        {
            return null;
        }

        var mapping = YamlDocumentReader.ReadMapping(parts.Yaml, file.DisplayPath, 1, _diagnostics);
        if (mapping is null)
        {
            return null;
        }

        var fields = new YamlFields(mapping, file.DisplayPath, 1, _diagnostics);
        var meta = ReadMeta(fields, kind, file);
        return new PageSource(file, kind, language, stem, edition, section, meta, parts.Body, parts.BodyLineOffset);
    }

    private (PageKind Kind, string Language, string Stem, string? Edition, string Section)? Locate(SourceFile file)
    {
        var segments = file.RelativePath.Split('/');
        if (!file.RelativePath.EndsWith(".md", StringComparison.Ordinal) || EditorsGuide.Is(file.RelativePath))
        {
            return null;
        }

        var name = segments[^1][..^3];
        var language = _languages[0];
        var dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            language = name[(dot + 1)..];
            name = name[..dot];
            if (!_languages.Contains(language))
            {
                _diagnostics.Error(DiagnosticCodes.BadFileName, file.DisplayPath, SourcePosition.Start,
                    $"'{language}' is not one of the site's languages ({string.Join(", ", _languages)}) {Suggestions.DidYouMean(language, _languages)}",
                    $"Name pages like 'name.vi.md' and 'name.en.md'.");
                return null;
            }
        }

        if (name != "_index" && SlugRules.ProblemWithSlug(Slugifier.Slugify(name)) is not null)
        {
            _diagnostics.Error(DiagnosticCodes.BadFileName, file.DisplayPath, SourcePosition.Start,
                $"'{name}' cannot name a page", $"Use letters, digits and hyphens in file names.");
            return null;
        }

        switch (segments)
        {
            case ["pages", _]:
                return (PageKind.SitePage, language, name, null, string.Empty);
            case ["editions", var edition, _] when name == "_index":
                return (PageKind.EditionHome, language, name, edition, string.Empty);
            case ["editions", var edition, _] when name == SummaryStem:
                return (PageKind.Summary, language, name, edition, SummaryStem);
            case ["editions", var edition, var section, _] when Sections.Contains(section):
                var kind = name == "_index" ? PageKind.SectionIndex : section switch
                {
                    "report" => PageKind.Chapter,
                    "movements" => PageKind.Movement,
                    _ => PageKind.Story,
                };
                return (kind, language, name, edition, section);
            case ["editions", _, var section, _]:
                _diagnostics.Error(DiagnosticCodes.BadFileName, file.DisplayPath, SourcePosition.Start,
                    $"'{section}' is not a section of an edition {Suggestions.DidYouMean(section, Sections)}",
                    $"Pages go in {string.Join(", ", Sections)}.");
                return null;
            case ["editions", ..] or ["pages", ..]:
                _diagnostics.Error(DiagnosticCodes.BadFileName, file.DisplayPath, SourcePosition.Start,
                    $"a page is not where pages go", $"Put pages in pages/ or in editions/<edition>/<section>/.");
                return null;
            default:
                return null;
        }
    }

    private PageMeta ReadMeta(YamlFields fields, PageKind kind, SourceFile file)
    {
        var allowed = FrontMatterSchema.Allowed(kind);
        fields.RejectUnknownKeys(allowed, $"this page's front matter");
        var required = FrontMatterSchema.Required(kind);
        string? Text(string key) => fields.String(key, required.Contains(key));

        var slug = fields.String("slug");
        if (slug is not null && SlugRules.ProblemWithSlug(slug) is { } slugProblem)
        {
            _diagnostics.Error(DiagnosticCodes.UnsafePath, file.DisplayPath, fields.PositionOf("slug"),
                $"slug '{slug}' is not allowed: {slugProblem}", SlugRules.SuggestSlug(slug));
            slug = null;
        }

        var aliases = new List<string>();
        foreach (var alias in fields.StringList("aliases"))
        {
            if (SlugRules.ProblemWithAlias(alias) is { } problem)
            {
                _diagnostics.Error(DiagnosticCodes.UnsafePath, file.DisplayPath, fields.PositionOf("aliases"),
                    $"alias '{alias}' is not allowed: {problem}", $"Write an earlier address of this site, like /vi/2022-05/bao-cao/ten-cu/.");
            }
            else
            {
                aliases.Add(SlugRules.NormalizeAlias(alias));
            }
        }

        var launchedBy = Text("launched_by");
        CheckOneOf(fields, "launched_by", launchedBy, FrontMatterSchema.LaunchedByValues);
        var subject = Text("subject");
        CheckOneOf(fields, "subject", subject, FrontMatterSchema.SubjectValues);
        if (kind == PageKind.Movement && fields.Has("appendix") && !fields.Has("period"))
        {
            // Its figures are quoted from the appendix: a reader must be able to tell which period they cover.
            _diagnostics.Warning(DiagnosticCodes.PeriodUndeclared, file.DisplayPath, fields.KeyPosition("appendix"),
                $"the movement cites an appendix but does not say which period its figures cover",
                $"Add 'period: \"…\"' in the report's words (e.g. \"Từ ngày 01/01/2021 đến hết ngày 31/3/2022\"), or say that the report states none.");
        }

        var positions = fields.Keys.ToDictionary(k => k, fields.PositionOf, StringComparer.Ordinal);
        return new PageMeta
        {
            Title = Text("title") ?? file.RelativePath,
            Summary = Text("summary") ?? string.Empty,
            Slug = slug,
            Weight = fields.Int("weight"),
            Draft = fields.Bool("draft") ?? false,
            Aliases = aliases,
            SourceHash = fields.String("source_hash"),
            Number = Text("number"),
            LaunchedBy = launchedBy,
            Period = Text("period"),
            Appendix = Text("appendix"),
            AppendixRows = allowed.Contains("appendix_rows") ? fields.StringList("appendix_rows") : [],
            Subject = subject,
            Movement = Text("movement"),
            Place = Text("place"),
            Awards = allowed.Contains("awards") ? fields.StringList("awards") : [],
            Positions = positions,
        };
    }

    private void CheckOneOf(YamlFields fields, string key, string? value, string[] allowed)
    {
        if (value is not null && !allowed.Contains(value))
        {
            _diagnostics.Error(DiagnosticCodes.WrongType, fields.File, fields.PositionOf(key),
                $"'{key}' must be one of {string.Join(", ", allowed)}, not '{value}' {Suggestions.DidYouMean(value, allowed)}", null);
        }
    }
}
