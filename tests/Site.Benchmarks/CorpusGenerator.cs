using System.Globalization;
using System.Text;

namespace Site.Benchmarks;

/// <summary>
/// Writes a deterministic bilingual corpus (fixed seed) twice: once in our content model (input/) and once as an
/// equivalent minimal Hugo site. N source files = N/2 pages × 2 languages (vi, en), laid out in the
/// <see cref="CorpusShape"/> asked for: many editions of 100 pages, one edition holding every page, or many
/// editions of 20 pages (a fifth of them list pages).
/// </summary>
public sealed class CorpusGenerator
{
    public const int Seed = 20220501;
    private const int TableRows = 5;

    private static readonly string[] Languages = ["vi", "en"];
    private static readonly string[] Awards = ["labour-order", "pm-certificate", "chairman-certificate", "provincial-emulation-flag", "government-emulation-flag"];
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

    private static readonly string[] ViWords =
    [
        "phong", "trào", "thi", "đua", "khen", "thưởng", "tập", "thể", "cá", "nhân", "điển", "hình", "tiên", "tiến", "tỉnh", "Lào", "Cai",
        "huyện", "xã", "đoàn", "viên", "thanh", "niên", "nông", "thôn", "mới", "giáo", "dục", "đào", "tạo", "sức", "khỏe", "nhân", "dân",
        "quốc", "phòng", "an", "ninh", "cải", "cách", "hành", "chính", "văn", "hóa", "công", "sở", "Đảng", "chính", "quyền", "đồng", "bào",
        "dân", "tộc", "biên", "giới", "kinh", "tế", "xã", "hội", "phát", "triển", "bền", "vững", "đổi", "mới", "sáng", "tạo", "hiệu", "quả",
        "thực", "hiện", "kết", "quả", "đánh", "giá", "chỉ", "đạo", "lãnh", "đạo", "ủy", "ban", "Bằng", "khen", "Huân", "chương", "Cờ",
        "những", "được", "đã", "và", "của", "trong", "với", "các", "người", "lao", "động", "giảm", "nghèo", "đường", "trường", "học",
    ];

    private static readonly string[] EnWords =
    [
        "emulation", "movement", "commendation", "collective", "individual", "exemplary", "model", "province", "district", "commune",
        "youth", "union", "new", "rural", "areas", "education", "training", "health", "people", "defence", "security", "administrative",
        "reform", "office", "culture", "party", "authority", "ethnic", "minority", "border", "economy", "society", "sustainable",
        "development", "innovation", "results", "assessment", "direction", "leadership", "committee", "certificate", "merit", "order",
        "flag", "the", "of", "and", "in", "with", "was", "were", "has", "for", "to", "by", "workers", "poverty", "reduction", "roads", "schools",
    ];

    /// <summary>Queries a reader might type into the corpus's search, without diacritics (the words are <see cref="ViWords"/>).</summary>
    public static readonly IReadOnlyList<string> SearchQueries =
    [
        "thi dua khen thuong", "doan thanh nien", "nong thon moi", "giam ngheo ben vung", "cai cach hanh chinh", "quoc phong an ninh",
        "giao duc dao tao", "suc khoe nhan dan", "dong bao dan toc bien gioi", "huan chuong lao dong", "bang khen", "phat trien kinh te xa hoi",
    ];

    private static readonly string[] Places = ["xã Bản Phiệt, huyện Bảo Thắng", "phường Cốc Lếu, thành phố Lào Cai", "xã Tả Van, thị xã Sa Pa", "thị trấn Bắc Hà, huyện Bắc Hà", "xã Nậm Lúc, huyện Bắc Hà"];

    private readonly int _sourceFiles;
    private readonly CorpusShape _shape;

    public CorpusGenerator(int sourceFiles, CorpusShape shape)
    {
        if (sourceFiles < 2 * shape.Unit || sourceFiles % (2 * shape.Unit) != 0)
        {
            throw new ArgumentException($"N must be a multiple of {2 * shape.Unit} for the shape {shape.Name} (got {sourceFiles})", nameof(sourceFiles));
        }

        _sourceFiles = sourceFiles;
        _shape = shape;
    }

    public int Editions => _sourceFiles / 2 / PagesPerEdition;

    private int PagesPerEdition => _shape.EditionPages ?? _sourceFiles / 2;

    /// <summary>Pages per language and edition in each section: what is left after the edition home and the three section indexes.</summary>
    private (int Chapters, int Movements, int Stories) Sections
    {
        get
        {
            var pages = PagesPerEdition - 4;
            var chapters = Math.Min(8, pages / 5);
            var movements = (pages - chapters) * 45 / 100;
            return (chapters, movements, pages - chapters - movements);
        }
    }

    /// <summary>
    /// Hugo's equivalent theme draws no images, so the corpus turns our per-page preview cards off for the comparison;
    /// <see cref="EnablePreviewCards"/> turns them back on to measure what they cost.
    /// </summary>
    private const string PreviewCardsOff = "preview_cards: false";

    public static void EnablePreviewCards(string inputDirectory)
    {
        var path = Path.Combine(inputDirectory, "site.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace(PreviewCardsOff, "preview_cards: true", StringComparison.Ordinal));
    }

    /// <summary>Writes ours to <paramref name="inputDirectory"/> and Hugo's to <paramref name="hugoDirectory"/>; returns the number of Markdown files per tree.</summary>
    public int Write(string repoRoot, string inputDirectory, string hugoDirectory)
    {
        Recreate(inputDirectory);
        Recreate(hugoDirectory);
        var random = new Random(Seed);
        var ours = new TreeWriter(inputDirectory);
        var hugo = new TreeWriter(hugoDirectory);

        ours.Write("site.yml", $$"""
            title:
              vi: "Thi đua, khen thưởng tỉnh Lào Cai (bộ thử)"
              en: "Emulation and commendation in Lào Cai (benchmark corpus)"
            description:
              vi: "Bộ nội dung sinh tự động để đo tốc độ dựng trang."
              en: "A generated corpus to measure build speed."
            base_url: "https://example.org/site/"
            languages: [vi, en]
            allow_html: false
            {{PreviewCardsOff}}
            """);
        foreach (var name in new[] { "i18n/vi.yml", "i18n/en.yml", "award-forms.yml", "glossary.yml" })
        {
            ours.Write(name, File.ReadAllText(Path.Combine(repoRoot, "input", name)));
        }

        hugo.Write("hugo.toml", """
            baseURL = "https://example.org/site/"
            title = "Thi đua, khen thưởng tỉnh Lào Cai (bộ thử)"
            defaultContentLanguage = "vi"
            defaultContentLanguageInSubdir = true
            disableKinds = ["taxonomy", "term"]

            [languages.vi]
            languageName = "Tiếng Việt"
            weight = 1

            [languages.en]
            languageName = "English"
            weight = 2
            title = "Emulation and commendation in Lào Cai (benchmark corpus)"

            # As ours: one feed per language (the home's), a sitemap, HTML for every page and list.
            [outputs]
            home = ["HTML", "RSS"]
            section = ["HTML"]
            page = ["HTML"]
            """);
        WriteHugoLayouts(hugo);

        var markdownFiles = 0;
        var (chapters, movements, stories) = Sections;
        for (var e = 0; e < Editions; e++)
        {
            var edition = $"{2000 + (e / 12)}-{(e % 12) + 1:00}";
            var table = WriteTable(ours, edition, random);
            ours.Write($"editions/{edition}/edition.yml", $"""
                title:
                  vi: "Báo cáo kết quả thực hiện các phong trào thi đua, kỳ {edition}"
                  en: "Report on the results of the emulation movements, {edition}"
                date: "{edition}"
                status: published
                issuer:
                  vi: "Ủy ban nhân dân tỉnh Lào Cai"
                  en: "People's Committee of Lào Cai Province"
                """);
            var pages = new List<PagePlan>
            {
                new(edition, null, "_index", new()),
                new(edition, "report", "_index", new()),
                new(edition, "movements", "_index", new()),
                new(edition, "stories", "_index", new()),
            };
            for (var i = 1; i <= chapters; i++)
            {
                pages.Add(new(edition, "report", $"chapter-{i:00}", new() { ["number"] = Quote(Roman[i - 1]), ["weight"] = i.ToString(CultureInfo.InvariantCulture) }));
            }

            for (var i = 1; i <= movements; i++)
            {
                var row = ((i - 1) % TableRows) + 1;
                pages.Add(new(edition, "movements", $"movement-{i:00}", new()
                {
                    ["number"] = Quote($"{2 + (i / 20)}.{i}"),
                    ["launched_by"] = i % 3 == 0 ? "province" : "prime-minister",
                    ["appendix"] = "\"01\"",
                    ["appendix_rows"] = $"[\"{row}\"]",
                    ["period"] = Quote("Báo cáo không nêu kỳ / not stated in the report"),
                    ["weight"] = i.ToString(CultureInfo.InvariantCulture),
                }) { Row = row });
            }

            for (var i = 1; i <= stories; i++)
            {
                pages.Add(new(edition, "stories", $"story-{i:00}", new()
                {
                    ["subject"] = i % 2 == 0 ? "collective" : "individual",
                    ["movement"] = $"movement-{((i - 1) % movements) + 1:00}",
                    ["place"] = Quote(Places[i % Places.Length]),
                    ["awards"] = $"[{Awards[i % Awards.Length]}]",
                    ["weight"] = i.ToString(CultureInfo.InvariantCulture),
                }));
            }

            var bySection = pages.Where(p => !p.IsIndex && p.Section is not null).GroupBy(p => p.Section!).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var page in pages)
            {
                foreach (var language in Languages)
                {
                    var (ourText, hugoText) = RenderPage(page, pages, bySection, language, table, random);
                    var folder = page.Section is null ? $"editions/{edition}" : $"editions/{edition}/{page.Section}";
                    ours.Write($"{folder}/{page.Stem}.{language}.md", ourText);
                    hugo.Write($"content/{folder}/{page.Stem}.{language}.md", hugoText);
                    markdownFiles++;
                }
            }
        }

        return markdownFiles;
    }

    private sealed record PagePlan(string Edition, string? Section, string Stem, Dictionary<string, string> Facts)
    {
        public int Row { get; init; }

        public bool IsIndex => Stem == "_index";
    }

    private static long[,] WriteTable(TreeWriter ours, string edition, Random random)
    {
        // cells[row, 0..2] = total, collectives, individuals; row TableRows is the total row.
        var cells = new long[TableRows + 1, 3];
        var text = new StringBuilder($"""
            number: "01"
            title:
              vi: "Báo cáo tổng hợp khen thưởng kỳ {edition}"
              en: "Summary of commendations, {edition}"
            movements: [movement-01]
            row_header:
              vi: "Hình thức KT"
              en: "Award form"
            columns:
              - id: total
                vi: "Tổng số"
                en: "Total"
              - id: collectives
                vi: "Tập thể"
                en: "Collectives"
              - id: individuals
                vi: "Cá nhân"
                en: "Individuals"
            identities:
              - check: "total = collectives + individuals"
            period:
              label:
                vi: "Báo cáo không nêu kỳ của bảng này"
                en: "Not stated in the report"
              basis:
                vi: "Bảng không in kỳ."
                en: "The table prints no period."
            total_counts:
              vi: "Tổng số đếm mọi khen thưởng của bảng."
              en: "The total counts every award in the table."
            rows:

            """);
        for (var r = 0; r < TableRows; r++)
        {
            var collectives = random.Next(1, 400);
            var individuals = random.Next(1, 4000);
            cells[r, 0] = collectives + individuals;
            cells[r, 1] = collectives;
            cells[r, 2] = individuals;
            for (var c = 0; c < 3; c++)
            {
                cells[TableRows, c] += cells[r, c];
            }

            text.Append(CultureInfo.InvariantCulture, $"""
                  - id: "{r + 1}"
                    award: {Awards[r]}
                    label:
                      vi: "Dòng {r + 1}: {Awards[r]}"
                      en: "Row {r + 1}: {Awards[r]}"
                    cells: {"{"}total: {cells[r, 0]}, collectives: {cells[r, 1]}, individuals: {cells[r, 2]}{"}"}

                """);
        }

        text.Append(CultureInfo.InvariantCulture, $"""
              - id: total
                total: true
                label: {"{"}vi: "Tổng số", en: "Total"{"}"}
                cells: {"{"}total: {cells[TableRows, 0]}, collectives: {cells[TableRows, 1]}, individuals: {cells[TableRows, 2]}{"}"}

            """);
        ours.Write($"editions/{edition}/appendices/01.yml", text.ToString());
        return cells;
    }

    private static (string Ours, string Hugo) RenderPage(PagePlan page, List<PagePlan> all, Dictionary<string, List<PagePlan>> bySection, string language, long[,] table, Random random)
    {
        var vi = language == "vi";
        var words = vi ? ViWords : EnWords;
        var number = page.Stem.Length > 3 && char.IsAsciiDigit(page.Stem[^1]) ? page.Stem[^2..] : string.Empty;
        var title = page.Section switch
        {
            null => vi ? $"Báo cáo thi đua, khen thưởng kỳ {page.Edition}" : $"Emulation and commendation report, {page.Edition}",
            _ when page.IsIndex => page.Section switch
            {
                "report" => vi ? "Phần thứ nhất: báo cáo" : "Part One: the report",
                "movements" => vi ? "Các phong trào thi đua" : "Emulation movements",
                _ => vi ? "Điển hình tiên tiến" : "Exemplary models",
            },
            "report" => vi ? $"Chương {number}: {Sentence(words, random, 6).TrimEnd('.')}" : $"Chapter {number}: {Sentence(words, random, 6).TrimEnd('.')}",
            "movements" => vi ? $"Phong trào thi đua số {number}: “{Sentence(words, random, 7).TrimEnd('.')}”" : $"Emulation movement {number}: “{Sentence(words, random, 7).TrimEnd('.')}”",
            _ => vi ? $"Điển hình số {number}: {Sentence(words, random, 5).TrimEnd('.')}" : $"Exemplary model {number}: {Sentence(words, random, 5).TrimEnd('.')}",
        };
        var summary = Sentence(words, random, 18);

        // The body, once with our links and figures, once with Hugo's.
        var ours = new StringBuilder();
        var hugo = new StringBuilder();
        void Both(string text)
        {
            ours.Append(text);
            hugo.Append(text);
        }

        void Link(string text, PagePlan target)
        {
            var relative = target.Section == page.Section ? $"{target.Stem}.md" : page.Section is null
                ? $"{target.Section}/{target.Stem}.md"
                : $"../{target.Section}/{target.Stem}.md";
            ours.Append(CultureInfo.InvariantCulture, $"[{text}]({relative})");
            var folder = target.Section is null ? $"/editions/{target.Edition}" : $"/editions/{target.Edition}/{target.Section}";
            hugo.Append(CultureInfo.InvariantCulture, $"[{text}]({{{{< relref \"{folder}/{target.Stem}.md\" >}}}})");
        }

        void Figure(int row, int column)
        {
            var columnId = column switch { 0 => "total", 1 => "collectives", _ => "individuals" };
            var rowId = row == TableRows ? "total" : (row + 1).ToString(CultureInfo.InvariantCulture);
            ours.Append(CultureInfo.InvariantCulture, $"{{{{fig 01/{rowId}/{columnId}}}}}");
            hugo.Append(NumberText(table[row, column], vi));
        }

        PagePlan Pick(string section) => bySection[section][random.Next(bySection[section].Count)];

        var paragraphs = page.IsIndex ? 1 : 3;
        Both(Paragraph(words, random) + " ");
        Both(vi ? "Tổng số khen thưởng trong kỳ là " : "The total number of awards in the period was ");
        Figure(TableRows, 0);
        Both(vi ? ", trong đó " : ", of which ");
        Figure(TableRows, 1);
        Both(vi ? " tập thể.\n\n" : " went to collectives.\n\n");
        if (page.IsIndex)
        {
            if (page.Section is null)
            {
                // No link on the edition home: the site's home page reuses this text (see the notes).
                return (Document(page, language, title, summary, ours, withFacts: true), Document(page, language, title, summary, hugo, withFacts: false));
            }

            Both(vi ? "Xem thêm: " : "See also: ");
            Link(vi ? "phong trào đầu tiên" : "the first movement", all.First(p => p.Stem == "movement-01"));
            Both(".\n");
            return (Document(page, language, title, summary, ours, withFacts: true), Document(page, language, title, summary, hugo, withFacts: false));
        }

        for (var p = 0; p < paragraphs; p++)
        {
            Both($"## {p + 1}. {Sentence(words, random, 5).TrimEnd('.')}\n\n");
            Both(Paragraph(words, random) + " ");
            Both(vi ? "Chi tiết tại " : "See ");
            Link(Sentence(words, random, 4).TrimEnd('.'), Pick(p % 2 == 0 ? "movements" : "stories"));
            Both(".\n\n");
            Both($"- {Sentence(words, random, 8)}\n- {Sentence(words, random, 6)} ");
            Link(vi ? "chương liên quan" : "related chapter", Pick("report"));
            Both($"\n- {Sentence(words, random, 7)}\n\n");
            if (p == 1)
            {
                Both(vi ? "| Đơn vị | Tập thể | Cá nhân | Ghi chú |\n|---|---:|---:|---|\n" : "| Unit | Collectives | Individuals | Note |\n|---|---:|---:|---|\n");
                for (var r = 0; r < 4; r++)
                {
                    Both(string.Create(CultureInfo.InvariantCulture, $"| {Sentence(words, random, 3).TrimEnd('.')} | {random.Next(1, 90)} | {random.Next(1, 900)} | {Sentence(words, random, 2).TrimEnd('.')} |\n"));
                }

                Both("\n");
            }

            if (page.Section == "movements" && p == 2)
            {
                Both($"### {(vi ? "Kết quả khen thưởng" : "Awards")}\n\n");
                Both(vi ? "Đã khen thưởng " : "Awards were given to ");
                Figure(page.Row - 1, 1);
                Both(vi ? " tập thể và " : " collectives and ");
                Figure(page.Row - 1, 2);
                Both(vi ? " cá nhân.\n\n" : " individuals.\n\n");
            }
        }

        return (Document(page, language, title, summary, ours, withFacts: true), Document(page, language, title, summary, hugo, withFacts: false));
    }

    private static string Document(PagePlan page, string language, string title, string summary, StringBuilder body, bool withFacts)
    {
        var text = new StringBuilder("---\n");
        text.Append(CultureInfo.InvariantCulture, $"title: {Quote(title)}\nsummary: {Quote(summary)}\n");
        if (withFacts)
        {
            if (!page.IsIndex && language == "vi")
            {
                text.Append(CultureInfo.InvariantCulture, $"slug: {page.Stem}-vn\n");
            }

            foreach (var (key, value) in page.Facts)
            {
                text.Append(CultureInfo.InvariantCulture, $"{key}: {value}\n");
            }
        }
        else if (page.Facts.TryGetValue("weight", out var weight))
        {
            text.Append(CultureInfo.InvariantCulture, $"weight: {weight}\n");
        }

        return text.Append("---\n\n").Append(body).ToString();
    }

    private static string Paragraph(string[] words, Random random)
    {
        var text = new StringBuilder();
        var sentences = random.Next(4, 8);
        for (var i = 0; i < sentences; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Sentence(words, random, random.Next(10, 22)));
        }

        return text.ToString();
    }

    private static string Sentence(string[] words, Random random, int length)
    {
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var word = words[random.Next(words.Length)];
            text.Append(i == 0 ? string.Concat(word[..1].ToUpperInvariant(), word[1..]) : " " + word);
            if (i > 0 && i < length - 1 && random.Next(9) == 0)
            {
                text.Append(',');
            }
        }

        return text.Append('.').ToString();
    }

    private static string NumberText(long value, bool vi) =>
        value.ToString("#,0", vi ? CultureInfo.GetCultureInfo("vi-VN") : CultureInfo.InvariantCulture);

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static void WriteHugoLayouts(TreeWriter hugo)
    {
        hugo.Write("layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="{{ .Language.Lang }}">
            <head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title><meta name="description" content="{{ .Params.summary }}"></head>
            <body>
            <header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
            <nav class="lang-switch"><ul>{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav>
            </header>
            {{ with .CurrentSection }}<nav class="section-menu"><h2>{{ .Title }}</h2><ul>{{ range first 20 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>{{ end }}
            <main>{{ block "main" . }}{{ end }}</main>
            </body>
            </html>
            """);
        hugo.Write("layouts/_default/single.html", """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p class="summary">{{ .Params.summary }}</p>{{ .Content }}
            <nav class="prev-next">{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></article>{{ end }}
            """);
        hugo.Write("layouts/_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><p class="summary">{{ .Params.summary }}</p>{{ .Content }}
            <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
            """);
    }

    private static void Recreate(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
    }

    private sealed class TreeWriter(string root)
    {
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        public void Write(string relative, string text)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.EndsWith('\n') ? text : text + "\n", Utf8);
        }
    }
}
