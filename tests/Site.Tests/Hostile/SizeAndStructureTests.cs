using System.Diagnostics;
using System.Text;
using Site.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Hostile;

public class SizeAndStructureTests
{
    [Fact]
    public void PageOfSeveralMegabytes_BuildsWithSite035Warning()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        var body = new StringBuilder();
        for (var i = 0; body.Length < 3 * 1024 * 1024; i++)
        {
            body.Append("Đoạn ").Append(i).Append(": phong trào thi đua yêu nước được phát động rộng rãi trong toàn tỉnh.\n\n");
        }

        site.WriteFile("input/pages/big.vi.md", HostileSites.Page("Trang lớn", body.ToString()));
        var clock = Stopwatch.StartNew();
        site.BuildExpectingSuccess();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        var diagnostic = site.AssertDiagnostic("SITE035", "input/pages/big.vi.md");
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        site.AssertFile("vi/big/index.html", "Đoạn 0:", "Đoạn 1000:");
        site.AssertNoDiagnostic("SITE081");
    }

    [Fact]
    public void SmallPage_HasNoSite035()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.BuildExpectingSuccess();
        site.AssertNoDiagnostic("SITE035");
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("> ")]
    [InlineData("* ")]
    [InlineData("1. ")]
    public void NestingTenThousandLevels_IsSite034ForItsFile_AndOtherPagesStillRender(string marker)
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/deep.vi.md", HostileSites.Page("Sâu", string.Concat(Enumerable.Repeat(marker, 10_000)) + "đáy"));
        var clock = Stopwatch.StartNew();
        var result = site.BuildExpectingError();

        // Not a speed target (the benchmark measures speed): the bound catches a parse whose cost explodes with the
        // depth, which takes many minutes. It is generous because a shared 2-core machine stretches wall time 10×.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"took {clock.Elapsed}");
        var errors = HostileSites.Errors(result).ToList();
        var error = Assert.Single(errors);
        Assert.Equal("SITE034", error.Code);
        Assert.EndsWith("input/pages/deep.vi.md", error.File, StringComparison.Ordinal);

        var diagnostics = new DiagnosticBag();
        Assert.Contains("Văn bản.", HostileSites.RenderedBody(site, "about.vi.md", diagnostics), StringComparison.Ordinal);
        Assert.Equal(string.Empty, HostileSites.RenderedBody(site, "deep.vi.md", diagnostics));
    }

    [Fact]
    public void QuotesAndListsAlternatingTenThousandLevels_IsSite034()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/deep.vi.md", HostileSites.Page("Sâu", string.Concat(Enumerable.Repeat("> - ", 5_000)) + "x"));
        site.BuildExpectingError();
        Assert.Equal("SITE034", Assert.Single(HostileSites.Errors(site.Result!)).Code);
    }

    [Fact]
    public void EmptyInputFolder_IsSite002()
    {
        using var site = TestSite.Create(string.Empty, withRealStrings: false);
        Directory.CreateDirectory(site.Input);
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE002", "input");
        Assert.Contains("site.yml", diagnostic.Hint, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void MissingInputFolder_IsSite002()
    {
        using var site = TestSite.Create(string.Empty, withRealStrings: false);
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE002", "input");
    }

    [Fact]
    public void MissingSiteYml_IsSite001WithAMinimalExample()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        File.Delete(Path.Combine(site.Input, "site.yml"));
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE001", "input/site.yml");
        Assert.Contains("title:", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Contains("base_url:", diagnostic.Hint, StringComparison.Ordinal);
        Assert.Contains("languages: [vi, en]", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void MinimalExampleInTheSite001Hint_IsItselfAValidSiteYml()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        File.Delete(Path.Combine(site.Input, "site.yml"));
        site.Build();
        var hint = site.AssertDiagnostic("SITE001", "input/site.yml").Hint!;
        site.WriteFile("input/site.yml", hint[(hint.IndexOf('\n', StringComparison.Ordinal) + 1)..] + "\n");
        site.BuildExpectingSuccess();
    }

    private const string Translations = TestSite.MinimalSite + """

        -- input/editions/2022-05/movements/education.vi.md --
        ---
        title: "Giáo dục"
        summary: "Đổi mới."
        number: "3.2.1"
        launched_by: province
        ---
        """;

    [Fact]
    public void TranslationsDisagreeingOnNumber_AreSite025AtTheTranslationsLine()
    {
        using var site = TestSite.Create(Translations + """

            -- input/editions/2022-05/movements/education.en.md --
            ---
            title: "Education"
            summary: "Renewal."
            number: "3.2.2"
            launched_by: province
            ---
            """);
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE025", "movements/education.en.md", 4);
        Assert.Contains("3.2.1", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("education.vi.md", diagnostic.Message, StringComparison.Ordinal);
    }

    private const string Orphan = Translations + """

        -- input/editions/2022-05/movements/educaton.en.md --
        ---
        title: "Education"
        summary: "Renewal."
        number: "3.2.1"
        launched_by: province
        ---
        """;

    [Fact]
    public void EnglishPageWithoutVietnameseSource_IsSite024WarningWithDidYouMean()
    {
        using var site = TestSite.Create(Orphan);
        site.BuildExpectingSuccess();
        var diagnostic = site.AssertDiagnostic("SITE024", "movements/educaton.en.md", 1);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("did you mean 'education'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishPageWithoutVietnameseSource_FailsUnderStrict()
    {
        using var site = TestSite.Create(Orphan);
        site.BuildExpectingError(strict: true);
        site.AssertDiagnostic("SITE024", "movements/educaton.en.md", 1);
        Assert.False(Directory.Exists(site.Output));
    }
}
