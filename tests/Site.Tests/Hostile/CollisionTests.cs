using Site.Tests.Support;

namespace Site.Tests.Hostile;

public class CollisionTests
{
    [Fact]
    public void TwoPagesOnOneUrl_AfterLowerCasingAndFoldingD_IsSite021NamingBothFiles()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/Đoàn.vi.md", HostileSites.Page("Đoàn", "Một."));
        site.WriteFile("input/pages/doan.vi.md", HostileSites.Page("Doan", "Hai."));
        site.BuildExpectingError();
        var diagnostic = site.Result!.Diagnostics.Single(d => d.Code == "SITE021");
        var named = diagnostic.File + " " + diagnostic.Message;
        Assert.Contains("input/pages/Đoàn.vi.md", named, StringComparison.Ordinal);
        Assert.Contains("input/pages/doan.vi.md", named, StringComparison.Ordinal);
        Assert.Contains("/vi/doan/", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SlugEqualToAnotherPagesName_IsSite021AtTheSlugLine()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/zeta.vi.md", HostileSites.Page("Z", "z", "slug: about\n"));
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE021", "input/pages/zeta.vi.md", 4);
        Assert.Contains("input/pages/about.vi.md", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/vi/about/")]
    [InlineData("/vi/About/")]
    [InlineData("/VI/ABOUT")]
    public void AliasOnAPagesUrl_IsSite022NamingBothFiles(string alias)
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/zeta.vi.md", HostileSites.Page("Z", "z", $"aliases: [\"{alias}\"]\n"));
        site.BuildExpectingError();
        var diagnostic = site.Result!.Diagnostics.Single(d => d.Code == "SITE022");
        var named = diagnostic.File + " " + diagnostic.Message;
        Assert.Contains("input/pages/zeta.vi.md", named, StringComparison.Ordinal);
        Assert.Contains("input/pages/about.vi.md", named, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoPagesSharingAnAlias_IsSite022NamingBothFiles()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/about.vi.md", HostileSites.Page("A", "a", "aliases: [\"/vi/cu/\"]\n"));
        site.WriteFile("input/pages/zeta.vi.md", HostileSites.Page("Z", "z", "aliases:\n  - \"/vi/CU/\"\n"));
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE022", "input/pages/zeta.vi.md", 5);
        Assert.Contains("input/pages/about.vi.md", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasOnAGeneratedPage_IsSite022()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/about.vi.md", HostileSites.Page("A", "a", "aliases: [\"/vi/2022-05/\"]\n"));
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE022", "input/pages/about.vi.md", 4);
        Assert.Contains("by an alias of this page and by the address of the generated page", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PageOnAGeneratedPagesUrl_IsSite021AtTheSlugLine()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/about.vi.md", HostileSites.Page("A", "a", "slug: \"thuat-ngu\"\n"));
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE021", "input/pages/about.vi.md", 4);
        Assert.Contains("generated page", diagnostic.Message, StringComparison.Ordinal);
    }
}
