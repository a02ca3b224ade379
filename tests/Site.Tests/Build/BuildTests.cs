using Site.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Build;

public class BuildTests
{
    private const string Pages = TestSite.MinimalSite + """

        -- input/editions/2022-05/movements/covid-19.vi.md --
        ---
        title: "Phòng, chống dịch COVID-19"
        summary: "Phong trào thi đua đặc biệt."
        slug: phong-chong-covid-19
        number: "2.1"
        launched_by: prime-minister
        ---

        ## Đoàn Thanh niên

        Xem [giáo dục](education.md#muc-tieu).
        -- input/editions/2022-05/movements/covid-19.en.md --
        ---
        title: "COVID-19 prevention"
        summary: "A special emulation movement."
        slug: covid-19
        number: "2.1"
        launched_by: prime-minister
        ---

        See [education](education.md).
        -- input/editions/2022-05/movements/education.vi.md --
        ---
        title: "Giáo dục"
        summary: "Đổi mới giáo dục."
        number: "3.2.1"
        launched_by: province
        ---

        ## Mục tiêu

        Văn bản.
        """;

    [Fact]
    public void Build_BilingualPages_WritesEachLanguageAtItsOwnAddressWithLangAttribute()
    {
        using var site = TestSite.Create(Pages);
        site.BuildExpectingSuccess();
        site.AssertFile("vi/2022-05/phong-trao/phong-chong-covid-19/index.html", "<html lang=\"vi\"", "Phòng, chống dịch COVID-19", "Content-Security-Policy");
        site.AssertFile("en/2022-05/movements/covid-19/index.html", "<html lang=\"en\"", "COVID-19 prevention");
    }

    [Fact]
    public void Build_RootIsTheVietnameseHomeItself_NotARedirect()
    {
        using var site = TestSite.Create(Pages);
        site.BuildExpectingSuccess();
        site.AssertFile("index.html", "<html lang=\"vi\"", "! http-equiv=\"refresh\"", "hreflang=\"x-default\" href=\"https://example.org/repo/\"");
        site.AssertFile("en/index.html", "<html lang=\"en\"");
    }

    [Fact]
    public void LanguageSwitch_LandsOnTheSamePageInTheOtherLanguage()
    {
        using var site = TestSite.Create(Pages);
        site.BuildExpectingSuccess();
        site.AssertFile("vi/2022-05/phong-trao/phong-chong-covid-19/index.html", "href=\"../../../../en/2022-05/movements/covid-19/\" hreflang=\"en\"");
        site.AssertFile("en/2022-05/movements/covid-19/index.html", "href=\"../../../../vi/2022-05/phong-trao/phong-chong-covid-19/\" hreflang=\"vi\"");
    }

    [Fact]
    public void LanguageSwitch_WhenTheTranslationIsMissing_SaysSoPlainly()
    {
        using var site = TestSite.Create(Pages);
        var result = site.BuildExpectingSuccess();
        site.AssertFile("vi/2022-05/phong-trao/education/index.html", "English: <a", "chưa có bản dịch");
        site.AssertDiagnostic("SITE023", "movements/education.vi.md");
        Assert.True(result.WarningCount > 0);
    }

    [Fact]
    public void PageLink_BySourcePath_ResolvesToTheSamePageInTheReadersLanguage()
    {
        using var site = TestSite.Create(Pages);
        site.BuildExpectingSuccess();
        site.AssertFile("vi/2022-05/phong-trao/phong-chong-covid-19/index.html", "href=\"../education/#muc-tieu\"");
        site.AssertFile("en/2022-05/movements/covid-19/index.html", "href=\"../../../../vi/2022-05/phong-trao/education/\"");
    }

    [Fact]
    public void Headings_GetVietnameseAwareAnchors_ThatKeepTheLetterD()
    {
        using var site = TestSite.Create(Pages);
        site.BuildExpectingSuccess();
        site.AssertFile("vi/2022-05/phong-trao/phong-chong-covid-19/index.html", "<h2 id=\"doan-thanh-nien\">Đoàn Thanh niên</h2>");
    }

    [Fact]
    public void Build_WhenItFails_LeavesThePreviousSiteUntouchedAndNoStagingFolder()
    {
        using var site = TestSite.Create(Pages);
        site.BuildExpectingSuccess();
        var before = Output(site);
        site.WriteFile("input/editions/2022-05/movements/education.vi.md", "---\ntitle: [unclosed\n---\n");
        site.BuildExpectingError();
        AssertOutputIs(site, before);

        AssertNoLeftovers(site);
    }

    /// <summary>
    /// An address that would disappear is found only by the last check, when every page has already been written into
    /// the staging folder (a one-off build writes each file as it makes it): the published site must still be untouched.
    /// </summary>
    [Fact]
    public void Build_WhenOnlyTheLastCheckFails_AfterEveryFileWasStaged_LeavesThePreviousSiteUntouched()
    {
        using var site = TestSite.Create(Pages);
        site.BuildExpectingSuccess();
        var before = Output(site);
        var education = Path.Combine(site.Input, "editions/2022-05/movements/education.vi.md");
        site.WriteFile("input/editions/2022-05/movements/education.vi.md", File.ReadAllText(education).Replace("Văn bản.", "Nội dung mới.", StringComparison.Ordinal));
        site.WriteFile("input/published-urls.txt", "/vi/2022-05/khong-con/  input/editions/2022-05/movements/gone.vi.md\n");
        var result = site.BuildExpectingError();
        Assert.Equal(["SITE070"], result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code).ToList());
        AssertOutputIs(site, before);

        AssertNoLeftovers(site);
    }

    private static Dictionary<string, byte[]> Output(TestSite site) =>
        site.ListOutput().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));

    private static void AssertOutputIs(TestSite site, Dictionary<string, byte[]> before)
    {
        Assert.Equal(before.Keys.ToList(), site.ListOutput().ToList());
        foreach (var (file, bytes) in before)
        {
            Assert.True(bytes.SequenceEqual(File.ReadAllBytes(Path.Combine(site.Output, file))), $"{file} changed");
        }
    }

    private static void AssertNoLeftovers(TestSite site) =>
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root).Select(Path.GetFileName), d => d!.StartsWith("_site.", StringComparison.Ordinal));

    [Fact]
    public void Build_AfterAKilledBuild_RemovesItsLeftoversAndSucceeds()
    {
        using var site = TestSite.Create(Pages);
        Directory.CreateDirectory(Path.Combine(site.Root, "_site.staging-99999", "vi"));
        File.WriteAllText(Path.Combine(site.Root, "_site.staging-99999", "vi", "half.html"), "<p>half");
        site.BuildExpectingSuccess();
        AssertNoLeftovers(site);
        Assert.Contains("index.html", site.ListOutput());
    }

    [Fact]
    public void Links_AreRelative_SoTheSiteWorksUnderAnyBasePath_AndCanonicalUsesTheBaseUrl()
    {
        using var site = TestSite.Create(Pages);
        site.Build(baseUrl: "https://owner.github.io/some/path/");
        Assert.True(site.Result!.Succeeded, string.Join('\n', site.Result.Diagnostics));
        var page = site.ReadOutput("en/2022-05/movements/covid-19/index.html");
        Assert.Contains("<link rel=\"canonical\" href=\"https://owner.github.io/some/path/en/2022-05/movements/covid-19/\">", page);

        // Every page but the 404 page (served from any depth, so it names the base path) links relatively.
        var pages = site.ListOutput().Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "404.html").ToList();
        Assert.True(pages.Count > 10, $"only {pages.Count} pages were written");
        foreach (var file in pages)
        {
            Assert.DoesNotMatch("(?:href|src|action)=\"/", site.ReadOutput(file));
        }

        site.AssertFile("404.html", "href=\"/some/path/en/2022-05/\"");
    }

    [Fact]
    public void Aliases_ProduceARedirectPage_WithCanonicalAndVisibleLink()
    {
        using var site = TestSite.Create(Pages.Replace("slug: covid-19\n", "slug: covid-19\naliases: [\"/en/2022-05/movements/old-covid/\"]\n", StringComparison.Ordinal));
        site.BuildExpectingSuccess();
        site.AssertFile("en/2022-05/movements/old-covid/index.html",
            "http-equiv=\"refresh\" content=\"0; url=../covid-19/\"",
            "<link rel=\"canonical\" href=\"https://example.org/repo/en/2022-05/movements/covid-19/\">",
            "<a href=\"../covid-19/\">COVID-19 prevention</a>");
    }

    [Fact]
    public void Build_WhenAnAliasCollidesWithAPage_NamesBothFiles()
    {
        using var site = TestSite.Create(Pages.Replace("slug: covid-19\n", "slug: covid-19\naliases: [\"/vi/2022-05/phong-trao/education/\"]\n", StringComparison.Ordinal));
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE022", "education.vi.md");
        Assert.Contains("covid-19.en.md", diagnostic.Message);
    }

    [Fact]
    public void Build_WhenTwoPagesClaimOneUrl_AfterFoldingDiacritics_NamesBothFiles()
    {
        using var site = TestSite.Create(Pages + """

            -- input/editions/2022-05/movements/giao-duc.vi.md --
            ---
            title: "Trùng"
            summary: "Trùng địa chỉ."
            slug: education
            number: "3.2.2"
            launched_by: province
            ---
            """);
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE021", ".vi.md");
        Assert.Contains("would both be published at /vi/2022-05/phong-trao/education/", diagnostic.Message);
    }

    [Fact]
    public void Strict_TurnsWarningsIntoErrors()
    {
        using var site = TestSite.Create(Pages);
        // A path-only base URL is a warning (SITE110): a preview builds, a publication does not. (Education's missing
        // translation, SITE023, also warns, but never blocks publishing the original: see Tool/TranslationPolicyTests.)
        Assert.True(site.Build(baseUrl: "/").Succeeded);
        Assert.Equal(Site.Diagnostics.Severity.Warning, site.AssertDiagnostic("SITE110", "--base-url").Severity);
        Assert.False(site.Build(strict: true, baseUrl: "/").Succeeded);
        site.AssertDiagnostic("SITE110", "--base-url");
    }

    [Fact]
    public void EveryPage_CarriesAContentSecurityPolicy_AndLoadsNothingFromAnotherHost()
    {
        using var site = TestSite.Create(Pages);
        site.BuildExpectingSuccess();
        var pages = site.ListOutput().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 10, $"only {pages.Count} pages were written");
        foreach (var file in pages)
        {
            var html = site.ReadOutput(file);
            Assert.Contains("http-equiv=\"Content-Security-Policy\"", html);
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//[^\"]*\\.(css|js|woff2?|png|svg)\"", html);
        }
    }

    [Fact]
    public void Check_ValidatesWithoutWritingTheSite()
    {
        using var site = TestSite.Create(Pages);
        var result = site.Build(write: false);
        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
    }
}
