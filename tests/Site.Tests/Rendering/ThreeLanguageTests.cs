using AngleSharp.Html.Dom;
using Site.Tests.Data;
using Site.Tests.Support;

namespace Site.Tests.Rendering;

/// <summary>
/// A site in three languages (vi, en, fr), French added only through site.yml and its own i18n file: every page
/// switches to the other two, and numbers, locale, column labels and CSV headers follow each language's settings.
/// </summary>
public class ThreeLanguageTests
{
    private const string Site = """
        -- input/site.yml --
        title: { vi: "Trang thử", en: "Test site", fr: "Site d'essai" }
        base_url: "https://example.org/repo/"
        languages: [vi, en, fr]
        -- input/editions/2022-05/edition.yml --
        title: { vi: "Báo cáo thử", en: "Test report", fr: "Rapport d'essai" }
        date: "2022-05"
        issuer: { vi: "UBND tỉnh", en: "Provincial People's Committee", fr: "Comité populaire provincial" }
        status: published
        -- input/award-forms.yml --
        forms:
          - id: provincial-flag
            vi: "Cờ thi đua của tỉnh"
            en: "Provincial Emulation Flag"
            fr: "Drapeau d'émulation de la province"
        -- input/editions/2022-05/appendices/05.yml --
        number: "05"
        title: { vi: "Bảng tổng hợp thử", en: "Test summary", fr: "Tableau d'essai" }
        row_header: { vi: "Tên phong trào", en: "Movement", fr: "Mouvement" }
        columns:
          - id: total
            vi: "Tổng số"
            en: "Total"
            fr: "Nombre total"
        rows:
          - id: "1"
            award: provincial-flag
            label: { vi: "Phong trào một", en: "Movement one", fr: "Mouvement un" }
            cells: { total: 1721 }
          - id: total
            total: true
            label: { vi: "Tổng số", en: "Total", fr: "Total général" }
            cells: { total: 1721 }
        -- input/editions/2022-05/movements/test.vi.md --
        ---
        title: "Phong trào thử"
        summary: "Tóm tắt."
        number: "1"
        launched_by: province
        appendix: "05"
        ---

        Nội dung.
        -- input/editions/2022-05/movements/test.en.md --
        ---
        title: "Test movement"
        summary: "Summary."
        number: "1"
        launched_by: province
        appendix: "05"
        ---

        Text.
        -- input/editions/2022-05/movements/test.fr.md --
        ---
        title: "Mouvement d'essai"
        summary: "Résumé."
        number: "1"
        launched_by: province
        appendix: "05"
        ---

        Texte.
        """;

    private static readonly string[] Languages = ["vi", "en", "fr"];

    /// <summary>French interface strings: the English words, with French settings (a space between thousands).</summary>
    private static string FrenchStrings()
    {
        var english = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "input", "i18n", "en.yml"));
        return DataSites.ReplaceOnce(DataSites.ReplaceOnce(DataSites.ReplaceOnce(english,
            "language_name: \"English\"", "language_name: \"Français\""),
            "locale: \"en-GB\"", "locale: \"fr-FR\""),
            "number_format: \"1,234.5\"", "number_format: \"1 234,5\"");
    }

    private static TestSite Build()
    {
        var site = TestSite.Create(Site);
        site.WriteFile("input/i18n/fr.yml", FrenchStrings());
        site.BuildExpectingSuccess();
        return site;
    }

    [Fact]
    public void EveryPage_HasALanguageSwitchToTheOtherTwoLanguagesThatLeadsToAPageInThatLanguage()
    {
        using var site = Build();
        // Not the default language's root (a redirect to the home page) nor the charts' pages for an iframe (shown inside another site).
        var pages = site.ListOutput().Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html" && !p.StartsWith("embed/", StringComparison.Ordinal)
            && !site.ReadOutput(p).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 3 * 8, $"expected the home, edition, sections, movement, appendix, search, glossary and archive pages in each language; got {pages.Count}");
        foreach (var path in pages)
        {
            var page = Html.Page(site, path);
            var lang = page.DocumentElement.GetAttribute("lang")!;
            var entries = page.QuerySelectorAll(".lang-switch li").ToList();
            Assert.True(entries.Count == 3, $"{path}: the language switch has {entries.Count} entries");
            var current = page.QuerySelector(".lang-switch [aria-current]");
            Assert.True(current?.GetAttribute("lang") == lang, $"{path}: the switch does not mark {lang} as current");
            foreach (var other in Languages.Where(l => l != lang))
            {
                var link = page.QuerySelector($".lang-switch a[hreflang=\"{other}\"]") as IHtmlAnchorElement;
                Assert.True(link is not null, $"{path}: no switch to {other}");
                var target = Resolve(path, link!.GetAttribute("href")!);
                Assert.True(Html.Page(site, target).DocumentElement.GetAttribute("lang") == other, $"{path}: the switch to {other} leads to {target}");
            }
        }
    }

    [Theory]
    [InlineData("vi/2022-05/phu-luc/05/index.html", "1.721", "Tổng số")]
    [InlineData("en/2022-05/appendices/05/index.html", "1,721", "Total")]
    [InlineData("fr/2022-05/appendices/05/index.html", "1 721", "Nombre total")]
    public void Appendix_WritesNumbersAndColumnLabelsAsItsLanguageDoes(string path, string figure, string columnLabel)
    {
        using var site = Build();
        var page = Html.Page(site, path);
        Assert.Equal(figure, Html.CellFigure(Html.Cell(page, "total", "total")));
        Assert.Equal(columnLabel, page.QuerySelector("#col-total")?.TextContent);
    }

    [Theory]
    [InlineData("vi/2022-05/phong-trao/test/index.html", "vi_VN")]
    [InlineData("en/2022-05/movements/test/index.html", "en_GB")]
    [InlineData("fr/2022-05/movements/test/index.html", "fr_FR")]
    public void Page_OpenGraphLocaleComesFromItsLanguageSettings(string path, string locale)
    {
        using var site = Build();
        Assert.Equal(locale, Html.Page(site, path).QuerySelector("meta[property='og:locale']")?.GetAttribute("content"));
    }

    [Fact]
    public void Csv_HasALabelColumnForEachLanguageInTheSitesOrder()
    {
        using var site = Build();
        var wide = site.ReadOutput("data/2022-05/appendix-05.csv").Split("\r\n");
        Assert.Equal("row,label_vi,label_en,label_fr,is_total,total,uncertain_columns,uncertain_vi,uncertain_en,uncertain_fr", wide[0]);
        Assert.Equal("1,Phong trào một,Movement one,Mouvement un,false,1721,,,,", wide[1]);
        var tidy = site.ReadOutput("data/2022-05/appendix-05-long.csv").Split("\r\n");
        Assert.Equal("appendix,row,label_vi,label_en,label_fr,column,column_vi,column_en,column_fr,value,uncertain_vi,uncertain_en,uncertain_fr", tidy[0]);
        Assert.Equal("05,1,Phong trào một,Movement one,Mouvement un,total,Tổng số,Total,Nombre total,1721,,,", tidy[1]);
    }

    [Fact]
    public void LanguageFileWithoutItsNumberFormat_IsAnErrorNamingTheMissingSetting()
    {
        using var site = TestSite.Create(Site);
        site.WriteFile("input/i18n/fr.yml", DataSites.ReplaceOnce(FrenchStrings(), "number_format: \"1 234,5\"\n", string.Empty));
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE013", "input/i18n/fr.yml");
        Assert.Contains("'number_format' is missing", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberFormatThatIsNotASample_IsAnErrorShowingHowToWriteIt()
    {
        using var site = TestSite.Create(Site);
        site.WriteFile("input/i18n/fr.yml", DataSites.ReplaceOnce(FrenchStrings(), "number_format: \"1 234,5\"", "number_format: \"space\""));
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE013", "input/i18n/fr.yml");
        Assert.Contains("\"space\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("1 234,5", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void SiteWithoutLanguages_IsAnErrorInsteadOfAnAssumedLanguage()
    {
        using var site = TestSite.Create(DataSites.ReplaceOnce(Site, "languages: [vi, en, fr]\n", string.Empty));
        site.WriteFile("input/i18n/fr.yml", FrenchStrings());
        site.BuildExpectingError();
        Assert.Contains("languages", site.AssertDiagnostic("SITE013", "input/site.yml").Message, StringComparison.Ordinal);
    }

    /// <summary>The output file a relative link from <paramref name="from"/> points to.</summary>
    private static string Resolve(string from, string href)
    {
        var path = new Uri(new Uri("https://site.test/" + from), href).AbsolutePath.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
