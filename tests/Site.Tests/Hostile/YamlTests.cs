using System.Diagnostics;
using System.Text;
using Site.Tests.Support;

namespace Site.Tests.Hostile;

public class YamlTests
{
    private const string PagePath = "input/pages/about.vi.md";
    private const string EditionPath = "input/editions/2022-05/edition.yml";

    private static TestSite SiteWithFrontMatter(string yaml)
    {
        var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile(PagePath, $"---\n{yaml}---\n\nVăn bản.\n");
        return site;
    }

    [Fact]
    public void DuplicateKey_IsSite010AtTheSecondOne()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        HostileSites.SpoilAndBuild(site, () => site.WriteFile(PagePath, "---\ntitle: \"A\"\nsummary: \"s\"\ntitle: \"B\"\n---\n"));
        var diagnostic = site.AssertDiagnostic("SITE010", PagePath, 4);
        Assert.Contains("duplicate", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TabIndentation_IsSite010SayingTab_AtItsLine()
    {
        using var site = SiteWithFrontMatter("title:\n\tvi: \"A\"\nsummary: \"s\"\n");
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE010", PagePath, 3);
        Assert.Contains("tab", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TabIndentationInSiteYml_IsSite010SayingTab_CountingFromTheFileStart()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/site.yml", "base_url: \"https://example.org/\"\nlanguages: [vi, en]\ntitle:\n\tvi: \"T\"\n");
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE010", "input/site.yml", 4);
        Assert.Contains("tab", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedQuote_IsSite010()
    {
        using var site = SiteWithFrontMatter("summary: \"s\"\ntitle: \"Không đóng\n");
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE010", PagePath);
        var diagnostic = site.Result!.Diagnostics.Single(d => d.Code == "SITE010");
        Assert.InRange(diagnostic.Line, 3, 4);
    }

    [Fact]
    public void UnclosedFrontMatter_IsSite017()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        HostileSites.SpoilAndBuild(site, () => site.WriteFile(PagePath, "---\ntitle: \"A\"\nsummary: \"s\"\n\nVăn bản không có dòng đóng.\n"));
        site.AssertDiagnostic("SITE017", PagePath, 1);
    }

    [Fact]
    public void WeightInWords_IsSite014AtItsLine()
    {
        using var site = SiteWithFrontMatter("title: \"A\"\nsummary: \"s\"\nweight: ten\n");
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE014", PagePath, 4);
        Assert.Contains("'ten'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("May 2022")]
    [InlineData("tháng 5 năm 2022")]
    [InlineData("2022-13")]
    [InlineData("2022-02-30")]
    public void EditionDateInWords_IsSite015AtItsLine(string date)
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile(EditionPath, $"title: {{ vi: \"B\", en: \"R\" }}\ndate: \"{date}\"\nissuer: {{ vi: \"U\", en: \"P\" }}\nstatus: published\n");
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE015", EditionPath, 2);
    }

    [Fact]
    public void AnchorAndAlias_AreSite011()
    {
        using var site = SiteWithFrontMatter("title: &t \"A\"\nsummary: *t\n");
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE011", PagePath, 2);
    }

    [Fact]
    public void AliasAlone_IsSite011()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile(EditionPath, "title: { vi: \"B\", en: \"R\" }\ndate: \"2022-05\"\nissuer: *missing\nstatus: published\n");
        site.BuildExpectingError();
        Assert.Contains(site.Result!.Diagnostics, d => d.Code is "SITE011" or "SITE010" && d.File.EndsWith(EditionPath, StringComparison.Ordinal) && d.Line == 3);
    }

    [Fact]
    public void AliasBomb_IsSite011_AndFinishesInSeconds()
    {
        var yaml = new StringBuilder("title: \"A\"\nsummary: \"s\"\nweight: 1\n");
        yaml.Append("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 12; i++)
        {
            yaml.Append($"a{i}: &a{i} [{string.Join(',', Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        using var site = SiteWithFrontMatter(yaml.ToString());
        var clock = Stopwatch.StartNew();
        site.BuildExpectingError();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        site.AssertDiagnostic("SITE011", PagePath, 5);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(20_000)]
    public void DeepNesting_IsSite016(int depth)
    {
        using var site = SiteWithFrontMatter($"title: \"A\"\nsummary: \"s\"\nweight: {new string('[', depth)}1{new string(']', depth)}\n");
        var clock = Stopwatch.StartNew();
        site.BuildExpectingError();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        site.AssertDiagnostic("SITE016", PagePath, 4);
    }

    [Fact]
    public void DeepBlockNesting_IsSite016()
    {
        var yaml = new StringBuilder("title: \"A\"\nsummary: \"s\"\nx:\n");
        for (var i = 1; i <= 40; i++)
        {
            yaml.Append(new string(' ', i * 2)).Append($"k{i}:\n");
        }

        using var site = SiteWithFrontMatter(yaml.ToString());
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE016", PagePath);
        Assert.InRange(site.Result!.Diagnostics.Single(d => d.Code == "SITE016").Line, 30, 40);
    }

    [Fact]
    public void UnknownKeyInSiteYml_CountsLinesFromTheFileStart()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/site.yml", "# comment\n\ntitle: \"T\"\nbase_url: \"https://example.org/\"\nlanguages: [vi, en]\nallow_htm: true\n");
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE012", "input/site.yml", 6);
        Assert.Contains("allow_html", diagnostic.Message, StringComparison.Ordinal);
    }
}
