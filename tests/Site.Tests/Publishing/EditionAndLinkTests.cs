using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Site.Tests.Support;

namespace Site.Tests.Publishing;

public class EditionAndLinkTests
{
    private const string FirstEdition = TestSite.MinimalSite + """

        -- input/editions/2022-05/_index.vi.md --
        ---
        title: "Báo cáo tháng 5/2022"
        summary: "Kỳ báo cáo đầu tiên."
        ---

        Giới thiệu kỳ 2022.
        -- input/editions/2022-05/_index.en.md --
        ---
        title: "Report of May 2022"
        summary: "The first edition."
        ---

        About the 2022 edition.
        -- input/editions/2022-05/stories/hero.vi.md --
        ---
        title: "Anh hùng"
        summary: "Một điển hình tiên tiến."
        subject: individual
        movement: youth
        place: "Lào Cai"
        ---

        Văn bản.
        -- input/editions/2022-05/stories/hero.en.md --
        ---
        title: "A hero"
        summary: "An exemplary model."
        subject: individual
        movement: youth
        place: "Lào Cai"
        ---

        Text.
        -- input/editions/2022-05/movements/youth.vi.md --
        ---
        title: "Thanh niên"
        summary: "Phong trào thanh niên."
        number: "3.2.3"
        launched_by: province
        ---

        Văn bản.
        -- input/editions/2022-05/movements/youth.en.md --
        ---
        title: "Youth"
        summary: "The youth movement."
        number: "3.2.3"
        launched_by: province
        ---

        Text.
        """;

    private const string SecondEdition = """
        -- input/editions/2023-05/edition.yml --
        title: { vi: "Báo cáo 2023", en: "Report 2023" }
        date: "2023-05"
        issuer: { vi: "UBND tỉnh", en: "Provincial People's Committee" }
        status: published
        -- input/editions/2023-05/_index.vi.md --
        ---
        title: "Báo cáo tháng 5/2023"
        summary: "Kỳ báo cáo thứ hai."
        ---

        Giới thiệu kỳ 2023.
        -- input/editions/2023-05/_index.en.md --
        ---
        title: "Report of May 2023"
        summary: "The second edition."
        ---

        About the 2023 edition.
        """;

    [Fact]
    public void SecondEdition_KeepsEveryUrlOfTheFirst_AndMovesTheFrontPage()
    {
        using var site = TestSite.Create(FirstEdition);
        site.BuildExpectingSuccess();
        var before = site.ListOutput().Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f.Contains("2022-05", StringComparison.Ordinal))
            .ToDictionary(f => f, f => MainContent(site.ReadOutput(f)));
        Assert.True(before.Count > 8, $"only {before.Count} pages of the first edition to compare");
        Assert.Contains("Giới thiệu kỳ 2022.", site.ReadOutput("index.html"), StringComparison.Ordinal);

        site.Write(SecondEdition);
        site.BuildExpectingSuccess();
        foreach (var (file, main) in before)
        {
            Assert.Equal(main, MainContent(site.ReadOutput(file)));
        }

        site.AssertFile("index.html", "Giới thiệu kỳ 2023.", "! Giới thiệu kỳ 2022.");
        site.AssertFile("en/index.html", "About the 2023 edition.");
        site.AssertFile("vi/cac-ky-bao-cao/index.html", "Báo cáo 2023", "Báo cáo thử");
    }

    [Fact]
    public void HomePage_ShowsTheLatestEditionsText_WithItsLinksResolvedFromTheRoot()
    {
        using var site = TestSite.Create(FirstEdition.Replace("Giới thiệu kỳ 2022.", "Giới thiệu kỳ 2022, xem [thanh niên](movements/youth.md).", StringComparison.Ordinal));
        site.BuildExpectingSuccess();
        site.AssertFile("index.html", "<a href=\"vi/2022-05/phong-trao/youth/\">thanh niên</a>");
        site.AssertFile("vi/2022-05/index.html", "<a href=\"phong-trao/youth/\">thanh niên</a>");
    }

    [Fact]
    public void DraftEdition_IsBuiltOnlyWithDrafts()
    {
        using var site = TestSite.Create(FirstEdition + "\n" + SecondEdition.Replace("status: published", "status: draft", StringComparison.Ordinal));
        site.BuildExpectingSuccess();
        Assert.DoesNotContain(site.ListOutput(), f => f.Contains("2023-05", StringComparison.Ordinal));
        site.Build(drafts: true);
        Assert.Contains("vi/2023-05/index.html", site.ListOutput());
    }

    [Fact]
    public void PublishedUrl_ThatWouldDisappear_FailsTheBuild_NamingTheUrlAndItsPage()
    {
        using var site = TestSite.Create(FirstEdition + """

            -- input/published-urls.txt --
            # published
            /en/2022-05/exemplary-models/old-hero/  input/editions/2022-05/stories/hero.en.md
            """);
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE070", "published-urls.txt", 2);
        Assert.Contains("/en/2022-05/exemplary-models/old-hero/", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("hero.en.md", diagnostic.Message, StringComparison.Ordinal);

        site.WriteFile("input/editions/2022-05/stories/hero.en.md",
            File.ReadAllText(Path.Combine(site.Input, "editions/2022-05/stories/hero.en.md")).Replace("movement: youth", "movement: youth\naliases: [\"/en/2022-05/exemplary-models/old-hero/\"]", StringComparison.Ordinal));
        site.BuildExpectingSuccess();
        site.AssertFile("en/2022-05/exemplary-models/old-hero/index.html", "url=../hero/");
    }

    [Fact]
    public void EveryPage_HasTitleDescriptionCanonicalAlternatesOpenGraphAndJsonLd()
    {
        using var site = TestSite.Create(FirstEdition);
        site.BuildExpectingSuccess();
        var parser = new HtmlParser();
        // Not the redirect pages (the language root, aliases: noindex, they only send the reader on) nor a chart's page for an
        // iframe (shown inside another site, it points to its own page for sharing).
        var pages = site.ListOutput().Where(f => f.EndsWith("index.html", StringComparison.Ordinal) && !f.Contains("old", StringComparison.Ordinal)
            && !f.StartsWith("embed/", StringComparison.Ordinal) && !site.ReadOutput(f).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 10);
        foreach (var file in pages)
        {
            var document = parser.ParseDocument(site.ReadOutput(file));
            Assert.False(string.IsNullOrWhiteSpace(document.Title), $"{file}: title");
            Assert.NotNull(document.QuerySelector("meta[name=description]"));
            var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.StartsWith("https://example.org/repo/", canonical);
            Assert.NotNull(document.QuerySelector("link[rel=alternate][hreflang=x-default]"));
            Assert.NotNull(document.QuerySelector($"link[rel=alternate][hreflang={document.DocumentElement.GetAttribute("lang")}]"));
            foreach (var property in new[] { "og:title", "og:description", "og:url", "og:type", "og:site_name" })
            {
                Assert.True(document.QuerySelector($"meta[property='{property}']") is not null, $"{file}: {property}");
            }

            Assert.NotNull(document.QuerySelector("meta[name='twitter:card']"));
            var jsonLd = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
            var types = jsonLd.RootElement.GetProperty("@graph").EnumerateArray().Select(e => e.GetProperty("@type").GetString()).ToList();
            Assert.Contains("BreadcrumbList", types);
        }

        Assert.Contains("\"Article\"", site.ReadOutput("vi/2022-05/dien-hinh/hero/index.html"), StringComparison.Ordinal);
        Assert.Contains("\"Report\"", site.ReadOutput("vi/2022-05/index.html"), StringComparison.Ordinal);
        Assert.Contains("\"GovernmentOrganization\"", site.ReadOutput("vi/2022-05/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void StoryPage_OffersAPermalinkAndACitation_WithoutJavaScript()
    {
        using var site = TestSite.Create(FirstEdition);
        site.BuildExpectingSuccess();
        site.AssertFile("en/2022-05/exemplary-models/hero/index.html",
            "value=\"https://example.org/repo/en/2022-05/exemplary-models/hero/\"",
            "Provincial People&#x27;s Committee, Test report, May 2022. “A hero”. https://example.org/repo/en/2022-05/exemplary-models/hero/");
    }

    [Fact]
    public void Sitemap_RobotsAndFeeds_AreWellFormed_WithAbsoluteUrls_AndTheEditionsMonth_NotAnInventedDay()
    {
        using var site = TestSite.Create(FirstEdition);
        site.BuildExpectingSuccess();
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var sitemap = XDocument.Parse(site.ReadOutput("sitemap.xml"));
        var urls = sitemap.Root!.Elements(sm + "url").ToList();
        Assert.True(urls.Count > 10);
        foreach (var url in urls)
        {
            Assert.StartsWith("https://example.org/repo/", url.Element(sm + "loc")!.Value);
            Assert.Equal("2022-05", url.Element(sm + "lastmod")!.Value); // edition.yml gives "2022-05": the day is blank
        }

        Assert.Contains(urls, u => u.Elements(xhtml + "link").Count(l => (string?)l.Attribute("hreflang") is "vi" or "en") == 2);
        site.AssertFile("robots.txt", "Sitemap: https://example.org/repo/sitemap.xml");
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        foreach (var language in new[] { "vi", "en" })
        {
            var text = site.ReadOutput($"{language}/feed.xml");
            Assert.DoesNotContain("2022-05-01", text, StringComparison.Ordinal);
            var channel = XDocument.Parse(text).Root!.Element("channel")!;
            Assert.Equal("2.0", (string?)channel.Parent!.Attribute("version"));
            Assert.NotNull(channel.Element("title"));
            Assert.Equal("2022-05", channel.Element(dc + "date")!.Value);
            var items = channel.Elements("item").ToList();
            Assert.NotEmpty(items);
            Assert.All(items, i => Assert.StartsWith("https://example.org/repo/", i.Element("link")!.Value));
            Assert.All(items, i => Assert.Equal("2022-05", i.Element(dc + "date")!.Value));
        }

        Assert.DoesNotContain("2022-05-01", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditionDatedToTheDay_IsDatedToThatDay_InTheSitemapAndTheFeed()
    {
        using var site = TestSite.Create(FirstEdition.Replace("date: \"2022-05\"", "date: \"2022-05-17\"", StringComparison.Ordinal));
        site.BuildExpectingSuccess();
        Assert.Contains("<lastmod>2022-05-17</lastmod>", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("<dc:date>2022-05-17</dc:date>", site.ReadOutput("en/feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void NotFoundPage_HelpsTheReader_InBothLanguages_UnderTheBasePath()
    {
        using var site = TestSite.Create(FirstEdition);
        site.BuildExpectingSuccess();
        site.AssertFile("404.html", "Không tìm thấy trang", "Page not found", "action=\"/repo/vi/tim-kiem/\"", "href=\"/repo/en/2022-05/\"");
    }

    private static string MainContent(string html) => new HtmlParser().ParseDocument(html).QuerySelector("main")!.InnerHtml;
}
