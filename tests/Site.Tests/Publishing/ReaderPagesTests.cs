using System.Text.Json;
using System.Xml.Linq;
using Site.Tests.Data;
using Site.Tests.SourceTruth;
using Site.Tests.Support;

namespace Site.Tests.Publishing;

/// <summary>The pages an edition has for the press and for citizens, and what every page says about who publishes it.</summary>
public class ReaderPagesTests
{
    private static string Read(string path) => File.ReadAllText(Path.Combine(RealSiteBuild.Output, path));

    private const string Press = """

        -- input/editions/2022-05/appendices/05.yml --
        number: "05"
        title: { vi: "Bảng", en: "Table" }
        row_header: { vi: "Phong trào", en: "Movement" }
        columns:
          - { id: total, vi: "Tổng số", en: "Total" }
          - { id: collectives, vi: "Tập thể", en: "Collectives" }
          - { id: individuals, vi: "Cá nhân", en: "Individuals" }
        rows:
          - id: "1"
            label: { vi: "Phong trào thi đua thường xuyên", en: "Regular emulation movement" }
            cells: { total: 30, collectives: 10, individuals: 20 }
          - id: total
            total: true
            label: { vi: "Tổng số", en: "Total" }
            cells: { total: 30, collectives: 10, individuals: 20 } # the total row
        -- input/editions/2022-05/press.yml --
        facts:
          - id: total
            cell: { appendix: "05", row: total, column: total }
            text: { vi: "Có {value} lượt khen thưởng.", en: "There were {value} awards." }
        """;

    /// <summary>Appendix 02's total as the source report prints it (1.329), with what its details add up to (1.295).</summary>
    [Fact]
    public void RealPressPage_QuotesTheSourcesFigure_WithItsPeriod_Caveat_CellLink_AndACitationAsText()
    {
        var printed = SourceReport.Appendix("02").Single(r => r.Id == "total").Numbers[0];
        Assert.Equal(1329, printed);
        var page = Html.Parse(Read("vi/2022-05/bao-chi/index.html"));
        var fact = page.QuerySelector("#fact-new-rural-areas-total")!;
        Assert.Contains(printed.ToString("#,0", new System.Globalization.NumberFormatInfo { NumberGroupSeparator = "." }), fact.QuerySelector("dd strong")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Từ năm 2011 đến hết quý I/2022", fact.TextContent, StringComparison.Ordinal);
        Assert.Contains("1.295", fact.QuerySelector("dd ul")!.TextContent, StringComparison.Ordinal);
        var citation = fact.QuerySelector("textarea")!.TextContent;
        Assert.Contains("Ủy ban nhân dân tỉnh Lào Cai", citation, StringComparison.Ordinal);
        Assert.Contains("https://laocai-emulation.github.io/site/vi/2022-05/phu-luc/02/#cell-total-total", citation, StringComparison.Ordinal);
        Assert.Contains("1.295", citation, StringComparison.Ordinal);

        // The link goes to the cell itself, which the appendix page has.
        var href = fact.QuerySelector("dd a")!.GetAttribute("href")!;
        Assert.Equal("../phu-luc/02/#cell-total-total", href);
        Assert.NotNull(Html.Parse(Read("vi/2022-05/phu-luc/02/index.html")).GetElementById("cell-total-total"));
    }

    [Fact]
    public void PressFact_WithoutCaveats_HasNone_AndGetsOneOnceItsCellDisagreesWithItsTable()
    {
        using var site = TestSite.Create(TestSite.MinimalSite + Press);
        site.BuildExpectingSuccess();
        var fact = Html.Page(site, "vi/2022-05/bao-chi/index.html").QuerySelector("#fact-total")!;
        Assert.Equal("Có 30 lượt khen thưởng.", fact.QuerySelector("h2")!.TextContent);
        Assert.Null(fact.QuerySelector("dd ul"));

        using var wrong = TestSite.Create(TestSite.MinimalSite + Press.Replace("{ total: 30, collectives: 10, individuals: 20 } # the total row",
            "{ total: 31, collectives: 10, individuals: 20 } # the total row", StringComparison.Ordinal));
        wrong.Build();
        var flagged = Html.Page(wrong, "vi/2022-05/bao-chi/index.html").QuerySelector("#fact-total")!;
        Assert.Contains("31", flagged.QuerySelector("dd ul")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("30", flagged.QuerySelector("dd ul")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void PressFact_NamingACellThatIsNotThere_IsSite151AtItsLine_WithTheNearestRow()
    {
        using var site = TestSite.Create(TestSite.MinimalSite + Press.Replace("row: total, column: total", "row: totl, column: total", StringComparison.Ordinal));
        site.BuildExpectingError();
        var error = site.AssertDiagnostic("SITE151", "editions/2022-05/press.yml", 2);
        Assert.Contains("no row 'totl'", error.Message, StringComparison.Ordinal);
        Assert.Contains("total", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PressFact_WithNeitherCellNorPage_IsSite150()
    {
        using var site = TestSite.Create(TestSite.MinimalSite + Press.Replace("    cell: { appendix: \"05\", row: total, column: total }\n", string.Empty, StringComparison.Ordinal));
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE150", "editions/2022-05/press.yml", 2);
    }

    /// <summary>The report names Điện Quan commune in its account of the new rural areas movement and in its first exemplary model.</summary>
    [Fact]
    public void RealPlacesIndex_ListsEverySentenceThatNamesAPlace_EachLinkedToAPageThatHoldsIt()
    {
        Assert.Contains("Điện Quan", SourceReport.Text, StringComparison.Ordinal);
        var index = Html.Parse(Read("vi/2022-05/dia-danh/index.html"));
        var place = index.GetElementById("place-dien-quan")!;
        var mentions = place.QuerySelectorAll("ul.mentions li").ToList();
        Assert.True(mentions.Count >= 3, $"only {mentions.Count} sentences name Điện Quan");
        foreach (var mention in mentions)
        {
            var sentence = mention.QuerySelector("q")!.TextContent;
            Assert.Contains("Điện Quan", sentence, StringComparison.Ordinal);
            var href = mention.QuerySelector("a")!.GetAttribute("href")!;
            Assert.Contains("#:~:text=", href, StringComparison.Ordinal);
            var target = Path.GetFullPath(Path.Combine(RealSiteBuild.Output, "vi", "2022-05", "dia-danh", href[..href.IndexOf('#')], "index.html"));
            var text = Html.Parse(File.ReadAllText(target)).QuerySelector("main")!.TextContent;
            Assert.Contains(Uri.UnescapeDataString(href[(href.IndexOf("=", StringComparison.Ordinal) + 1)..]), SourceReport.Collapse(text), StringComparison.Ordinal);
        }

        Assert.Equal("#place-bao-yen", place.QuerySelector("p.within a")!.GetAttribute("href"));
    }

    [Fact]
    public void Place_ThatNoSentenceNames_IsSite152AtItsLine()
    {
        using var site = TestSite.Create(TestSite.MinimalSite + """

            -- input/editions/2022-05/report/situation.vi.md --
            ---
            title: "Tình hình"
            summary: "Tóm tắt"
            number: "I"
            ---
            Lào Cai có các khu du lịch như Sa Pa.
            -- input/editions/2022-05/places.yml --
            places:
              - id: sa-pa
                kind: district
                name: { vi: "Thị xã Sa Pa", en: "Sa Pa town" }
                forms: { vi: ["Sa Pa"], en: ["Sa Pa"] }
              - id: bac-ha
                kind: district
                name: { vi: "Huyện Bắc Hà", en: "Bắc Hà district" }
                forms: { vi: ["Bắc Hà"], en: ["Bắc Hà"] }
            """);
        site.Build();
        site.AssertDiagnostic("SITE152", "editions/2022-05/places.yml", 6);
        Assert.DoesNotContain(site.Result!.Diagnostics, d => d.Code == "SITE152" && d.Line == 2);
    }

    [Fact]
    public void RealCorrections_ArePublishedNewestFirst_AsAPage_AndAsAValidAtomFeed()
    {
        var page = Html.Parse(Read("en/2022-05/corrections/index.html"));
        var entries = page.QuerySelectorAll("ol.corrections-log > li").ToList();
        Assert.True(entries.Count >= 2);
        var dates = entries.Select(e => e.QuerySelector("time")!.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        var feedHref = page.QuerySelector("a[type='application/atom+xml']")!.GetAttribute("href")!;
        var feed = XDocument.Parse(Read(Path.Combine("en", "2022-05", "corrections", feedHref)));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feedEntries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(entries.Count, feedEntries.Count);
        Assert.Equal(dates.Select(d => d + "T00:00:00Z"), feedEntries.Select(e => e.Element(atom + "updated")!.Value));
        Assert.All(feedEntries.Select(e => e.Element(atom + "id")!.Value), id => Assert.NotNull(page.GetElementById(id[(id.IndexOf('#') + 1)..])));
    }

    [Fact]
    public void Corrections_WithoutAFile_SayThereAreNone_AndADateThatIsNoDay_IsSite015AtItsLine()
    {
        using var site = TestSite.Create(TestSite.MinimalSite);
        site.BuildExpectingSuccess();
        Assert.Contains("Chưa có đính chính", Html.Page(site, "vi/2022-05/dinh-chinh/index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var bad = TestSite.Create(TestSite.MinimalSite + """

            -- input/editions/2022-05/corrections.yml --
            entries:
              - date: "2026-02-30"
                text: { vi: "Sửa", en: "Fixed" }
            """);
        bad.BuildExpectingError();
        bad.AssertDiagnostic("SITE015", "editions/2022-05/corrections.yml", 2);
    }

    [Fact]
    public void RealSite_EveryPage_NamesItsPublisher_AndHowToReportAnError()
    {
        var pages = Directory.EnumerateFiles(RealSiteBuild.Output, "*.html", SearchOption.AllDirectories)
            .Where(p => !File.ReadAllText(p).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 60);
        Assert.All(pages, path =>
        {
            var footer = Html.Parse(File.ReadAllText(path)).QuerySelector("footer")!;
            Assert.Contains(footer.TextContent.Contains("Nhóm biên tập", StringComparison.Ordinal) ? "Nhóm biên tập" : "The editors of", footer.TextContent, StringComparison.Ordinal);
            Assert.NotNull(footer.QuerySelector("a[href='https://github.com/laocai-emulation/site/issues']"));
        });
    }

    [Fact]
    public void RealEdition_LinksItsOriginalDocument_BesideTheText_AndPublishesItAsItIs()
    {
        var movement = Html.Parse(Read("vi/2022-05/phong-trao/phong-chong-covid-19/index.html"));
        var href = movement.QuerySelector(".original-link a")!.GetAttribute("href")!;
        var published = Path.GetFullPath(Path.Combine(RealSiteBuild.Output, "vi", "2022-05", "phong-trao", "phong-chong-covid-19", href));
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestSite.RepositoryRoot, "tests", "Site.Tests", "Fixtures", "source-report.txt")), File.ReadAllBytes(published));
    }

    [Fact]
    public void OriginalDocument_ThatIsNotThere_IsSite153AtTheEditionsLine()
    {
        using var site = TestSite.Create(TestSite.MinimalSite + "\noriginal: { file: files/report.pdf }\n");
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE153", "editions/2022-05/edition.yml", 5);
        Assert.DoesNotContain(site.Result!.Diagnostics, d => d.Code == "SITE080"); // one mistake, one message: no page links the missing file
    }

    [Fact]
    public void RealSummary_IsMarkedAsTheSitesOwnWords_InEachLanguage()
    {
        Assert.Contains("lời của ban biên tập", Html.Parse(Read("vi/2022-05/tom-tat/index.html")).QuerySelector("header .notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("the editors' words", Html.Parse(Read("en/2022-05/summary/index.html")).QuerySelector("header .notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RealAppendixPage_DescribesItsTableAsADataset_WhoseDownloadsArePublished()
    {
        var page = Html.Parse(Read("en/2022-05/appendices/05/index.html"));
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var dataset = json.RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "Dataset");
        Assert.Equal("People's Committee of Lào Cai Province", dataset.GetProperty("creator").GetProperty("name").GetString());
        var downloads = dataset.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("contentUrl").GetString()!).ToList();
        Assert.Contains(downloads, d => d.EndsWith(".xlsx", StringComparison.Ordinal));
        Assert.All(downloads, url => Assert.True(File.Exists(Path.Combine(RealSiteBuild.Output, url["https://laocai-emulation.github.io/site/".Length..])), $"{url} is not published"));
        var links = page.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("../../../../data/2022-05/appendices-en.xlsx", links);
    }

    /// <summary>A story's headline fact is drawn on its preview image: a character the font lacks in it is reported as the card's text.</summary>
    [Fact]
    public void StoryHeadlineFact_IsDrawnOnItsPreviewCard()
    {
        using var site = TestSite.Create(TestSite.MinimalSite + """

            -- input/editions/2022-05/movements/youth.vi.md --
            ---
            title: "Thanh niên"
            summary: "Tóm tắt"
            number: "3.2.3"
            launched_by: province
            ---
            Nội dung.
            -- input/editions/2022-05/stories/tung.vi.md --
            ---
            title: "Ông Tùng"
            summary: "Tóm tắt"
            subject: individual
            movement: youth
            place: "Lào Cai"
            ---
            Ông điều trị cho 31 bệnh nhân.
            -- input/editions/2022-05/press.yml --
            facts:
              - id: tung
                page: stories/tung
                story: tung
                text: { vi: "31 bệnh nhân 中", en: "31 patients" }
            """);
        site.BuildExpectingError();
        Assert.Contains(site.Result!.Diagnostics, d => d.Code == "SITE060" && d.Message.Contains("\"31 bệnh nhân 中\"", StringComparison.Ordinal));
    }

    [Fact]
    public void RealChart_HasAPageForAnIframe_WithTheCodeToCopy_AndOnlyThosePagesMayBeFramedByOtherSites()
    {
        var appendix = Html.Parse(Read("vi/2022-05/phu-luc/05/index.html"));
        var figure = appendix.GetElementById("chart-05-rows")!;
        // The embed code follows its figure (a figure holds one caption, first or last, so the details sit outside it).
        var details = figure.NextElementSibling!;
        Assert.Equal("embed-code", details.ClassName);
        var code = details.QuerySelector("textarea")!.TextContent;
        Assert.StartsWith("<iframe src=\"https://laocai-emulation.github.io/site/embed/vi/2022-05/chart-05-rows/\"", code, StringComparison.Ordinal);
        var embed = Html.Parse(Read("embed/vi/2022-05/chart-05-rows/index.html"));
        Assert.NotNull(embed.QuerySelector("meta[http-equiv='Content-Security-Policy']"));
        Assert.Null(embed.QuerySelector("header, nav, form"));
        Assert.Equal(figure.QuerySelector("svg")!.OuterHtml, embed.QuerySelector("figure svg")!.OuterHtml);
        Assert.Contains("Ủy ban nhân dân tỉnh Lào Cai", embed.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(embed.QuerySelectorAll("figcaption a"), a => a.GetAttribute("href") == "https://laocai-emulation.github.io/site/vi/2022-05/phu-luc/05/");

        // Framing is refused everywhere but under embed/: the more specific rule comes last and replaces the general one.
        var rules = Read("_headers").Split('\n');
        var general = Array.IndexOf(rules, "/site/*");
        var embedded = Array.IndexOf(rules, "/site/embed/*");
        Assert.True(general >= 0 && embedded > general, "_headers has no rule for the site and then for its embeddable pages");
        Assert.Equal("  Content-Security-Policy: frame-ancestors 'self'", rules[general + 1]);
        Assert.Contains("  Content-Security-Policy: frame-ancestors *", rules[embedded..]);
        Assert.Contains("  ! Content-Security-Policy", rules[embedded..]);
    }
}
