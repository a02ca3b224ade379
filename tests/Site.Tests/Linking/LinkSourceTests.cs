using Site.Tests.Support;

namespace Site.Tests.Linking;

/// <summary>Links written in a page's Markdown are checked in the Link stage and reported at their line and column in the .md file.</summary>
public class LinkSourceTests
{
    private const string Story = LinkingSites.Story;

    private static string StoryWith(string line) => LinkingSites.StoryWith(line);

    [Fact]
    public void SitePathToAMissingPage_FailsAtItsLineAndColumn_SuggestingTheNearestPage()
    {
        using var site = TestSite.Create(StoryWith("Xem [phong trào](/vi/2022-05/phong-trao/yuoth/)."));
        site.BuildExpectingError();

        var diagnostic = site.AssertDiagnostic("SITE030", Story, 9);
        Assert.Equal(5, diagnostic.Column);
        Assert.Contains("'/vi/2022-05/phong-trao/yuoth/' points to no page of the site", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean '/vi/2022-05/phong-trao/youth/'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SitePathFarFromAnyPage_NamesTheNearestPageAboveIt()
    {
        using var site = TestSite.Create(StoryWith("[x](/vi/2022-05/phong-trao/khong-co-trang-nay/)"));
        site.BuildExpectingError();

        var diagnostic = site.AssertDiagnostic("SITE030", Story, 9);
        Assert.Equal(1, diagnostic.Column);
        Assert.Contains("the nearest page is '/vi/2022-05/phong-trao/'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SitePathToARealPage_IsPublishedRelative_AndResolvesUnderTheBasePath()
    {
        using var site = TestSite.Create(StoryWith("Xem [phong trào](/vi/2022-05/phong-trao/youth/#ket-qua-thi-dua)."));
        site.BuildExpectingSuccess();

        site.AssertFile("vi/2022-05/dien-hinh/hero/index.html", "href=\"../../phong-trao/youth/#ket-qua-thi-dua\"", "! href=\"/vi/2022-05/phong-trao/youth/");
        // Under the project site's base path the relative link lands on the page, not outside the site.
        var resolved = new Uri(new Uri("https://example.org/repo/vi/2022-05/dien-hinh/hero/"), "../../phong-trao/youth/");
        Assert.Equal("https://example.org/repo/vi/2022-05/phong-trao/youth/", resolved.AbsoluteUri);
        Assert.True(File.Exists(Path.Combine(site.Output, "vi/2022-05/phong-trao/youth/index.html")));
    }

    [Fact]
    public void BrokenAnchor_FailsAtItsLine_WithTheNearestAnchor()
    {
        using var site = TestSite.Create(StoryWith("Xem [kết quả](../movements/youth.md#ket-qua-thi-dau)."));
        site.BuildExpectingError();

        var diagnostic = site.AssertDiagnostic("SITE037", Story, 9);
        Assert.Equal(5, diagnostic.Column);
        Assert.Contains("has no anchor '#ket-qua-thi-dau' (did you mean '#ket-qua-thi-dua'?)", diagnostic.Message, StringComparison.Ordinal);
        site.AssertNoDiagnostic("SITE080"); // Reported once, at the source, not again against the built page.
    }

    [Fact]
    public void AnchorOfARealHeading_IsPublished()
    {
        using var site = TestSite.Create(StoryWith("Xem [kết quả](../movements/youth.md#ket-qua-thi-dua)."));
        site.BuildExpectingSuccess();

        site.AssertFile("vi/2022-05/dien-hinh/hero/index.html", "href=\"../../phong-trao/youth/#ket-qua-thi-dua\"");
    }
}
