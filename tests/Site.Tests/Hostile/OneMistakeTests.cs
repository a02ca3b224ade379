using Site.Build;
using Site.Content;
using Site.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Hostile;

/// <summary>One mistake, one message, at the line where it was made, with a hint that is right itself.</summary>
public class OneMistakeTests
{
    [Fact]
    public void BadIndentInARealAppendix_IsOneErrorAtItsLine_WithoutCascadeInThePagesThatUseTheTable()
    {
        using var site = RealInput();
        var path = "input/editions/2022-05/appendices/01.yml";
        var lines = File.ReadAllLines(Path.Combine(site.Root, path));
        var index = Array.IndexOf(lines, "    vi: \"Tặng\""); // the first column's Vietnamese header
        Assert.True(index > 0, "the first column's header was not found");
        lines[index] = "      vi: \"Tặng\"";
        site.WriteFile(path, string.Join('\n', lines) + "\n");
        var result = site.BuildExpectingError();
        var error = Assert.Single(HostileSites.Errors(result));
        Assert.Equal(("SITE010", index + 1), (error.Code, error.Line));
        Assert.EndsWith(path, error.File, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("did you mean", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoSyntaxErrorsInOneFile_AreOneErrorAtTheFirst_SayingOneMoreFollows()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/glossary.yml", "a: [1\nb: 2\nc: {x\nd: 4\n");
        site.BuildExpectingError();
        var error = Assert.Single(HostileSites.Errors(site.Result!), d => d.File.EndsWith("glossary.yml", StringComparison.Ordinal));
        Assert.Equal("SITE010", error.Code);
        Assert.InRange(error.Line, 1, 2);
        Assert.Contains("and 1 more problem after it in this file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenSiteYml_IsReportedTogetherWithThePagesOwnErrors()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/site.yml", "title: { vi: \"A\"\nlanguages: [vi, en]\n");
        site.WriteFile("input/pages/about.vi.md", HostileSites.Page("Giới thiệu", "Văn bản.", "colour: red\n"));
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE010", "input/site.yml");
        site.AssertDiagnostic("SITE012", "input/pages/about.vi.md", 4);
    }

    [Fact]
    public void BrokenRealSiteYml_GivesItsOwnErrorAndThePagesOnly_NoWarningFromGuessedDefaults()
    {
        using var site = RealInput();
        var config = File.ReadAllText(Path.Combine(site.Root, "input/site.yml"));
        Assert.Contains("\nlanguages: [vi, en]", config, StringComparison.Ordinal);
        site.WriteFile("input/site.yml", config + "description: [unclosed\n");
        // The translation, not its source: a changed source would make its translation stale, a warning of its own.
        var page = "input/editions/2022-05/movements/covid-19.en.md";
        site.WriteFile(page, File.ReadAllText(Path.Combine(site.Root, page)) + "\nSee [the page](khong-co.md).\n");
        var result = site.BuildExpectingError();
        Assert.Equal(
            [("SITE010", "input/site.yml"), ("SITE030", page)],
            HostileSites.Errors(result).Select(d => (d.Code, d.File)).Order().ToList());
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning);
    }

    [Fact]
    public void ColumnIdThatIsNoSlug_IsOneErrorAtItsLine_NotOnePerCellIdentityAndFindingThatNamesIt()
    {
        using var site = RealInput();
        var path = "input/editions/2022-05/appendices/05.yml";
        var table = File.ReadAllText(Path.Combine(site.Root, path));
        Assert.True(table.Split("admin_collectives").Length > 5, "the column is named in cells and identities");
        site.WriteFile(path, table.Replace("admin_collectives", "adminCollectives", StringComparison.Ordinal));
        var result = site.BuildExpectingError();
        var error = Assert.Single(result.Diagnostics, d => d.Severity != Severity.Info);
        Assert.Equal(("SITE050", path), (error.Code, error.File));
        Assert.Contains("'adminCollectives'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypoInBaseLayout_IsOneErrorAtItsLineInBaseLiquid_NotOnePerPage()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        var layout = Path.Combine(site.Root, "theme/layouts/base.liquid");
        var lines = File.ReadAllLines(layout);
        var line = Array.FindIndex(lines, l => l.Contains("{{ page.summary }}", StringComparison.Ordinal));
        lines[line] = lines[line].Replace("{{ page.summary }}", "{{ page.sumary }}", StringComparison.Ordinal);
        File.WriteAllLines(layout, lines);
        var result = site.BuildExpectingError();
        var error = Assert.Single(HostileSites.Errors(result));
        Assert.Equal(("SITE040", "theme/layouts/base.liquid", line + 1), (error.Code, error.File, error.Line));
        Assert.Contains("sumary", error.Message, StringComparison.Ordinal);
        Assert.Equal(lines[line].IndexOf("sumary", StringComparison.Ordinal) + 1, error.Column);
    }

    [Fact]
    public void InterfaceStringMissingFromEveryLanguage_IsAnErrorNamingTheKeyAndEachFile_NotTheKeyOnThePage()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        foreach (var language in new[] { "vi", "en" })
        {
            var path = Path.Combine(site.Input, "i18n", $"{language}.yml");
            File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith("skip_to_content:", StringComparison.Ordinal)));
        }

        var result = site.BuildExpectingError();
        Assert.Equal(["input/i18n/en.yml", "input/i18n/vi.yml"], HostileSites.Errors(result).Select(e => e.File[e.File.IndexOf("input/", StringComparison.Ordinal)..]).Order(StringComparer.Ordinal));
        Assert.All(HostileSites.Errors(result), e => Assert.Equal("SITE013", e.Code));
        Assert.All(HostileSites.Errors(result), e => Assert.Contains("'skip_to_content'", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void InterfaceStringMissing_WhereTheLayoutComesFromTheToolsOwnTheme_IsAnErrorNamingTheKeyAndTheLayout()
    {
        using var site = TestSite.Create(HostileSites.WithPage, withRealTheme: false);
        foreach (var language in new[] { "vi", "en" })
        {
            var path = Path.Combine(site.Input, "i18n", $"{language}.yml");
            File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith("skip_to_content:", StringComparison.Ordinal)));
        }

        Assert.False(Directory.Exists(Path.Combine(site.Root, "theme", "layouts")));
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = Path.Combine(site.Root, "theme"),
            DefaultThemeDirectory = Path.Combine(TestSite.RepositoryRoot, "theme"),
            OutputDirectory = site.Output,
        });
        Assert.False(result.Succeeded);
        Assert.All(HostileSites.Errors(result), e => Assert.Equal("SITE013", e.Code));
        Assert.Equal(2, HostileSites.Errors(result).Count(e => e.Message.Contains("'skip_to_content'", StringComparison.Ordinal) && e.Message.Contains("theme/layouts/", StringComparison.Ordinal)));
    }

    [Fact]
    public void ThemeFolderNamedButMissing_IsAnErrorAtTheOption_NotABuildWithTheToolsTheme()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = Path.Combine(site.Root, "no-such-theme"),
            ThemeRequired = true,
            DefaultThemeDirectory = Path.Combine(TestSite.RepositoryRoot, "theme"),
            OutputDirectory = site.Output,
        });
        var error = Assert.Single(HostileSites.Errors(result));
        Assert.Equal(("SITE085", "--theme"), (error.Code, error.File));
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("../../etc", "Write it as 'etc'.")]
    [InlineData("!!!", "no letter or digit")]
    [InlineData("con", "choose another word")]
    public void UnsafeInterfaceSlug_IsSite018AtItsLine_WithAHintThatIsItselfAllowed(string slug, string hint)
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        var path = Path.Combine(site.Input, "i18n", "vi.yml");
        var lines = File.ReadAllLines(path);
        var line = Array.FindIndex(lines, l => l.StartsWith("slug_report:", StringComparison.Ordinal));
        lines[line] = $"slug_report: \"{slug}\"";
        File.WriteAllLines(path, lines);
        var result = site.BuildExpectingError();
        var error = Assert.Single(HostileSites.Errors(result));
        Assert.Equal(("SITE018", line + 1), (error.Code, error.Line));
        Assert.Contains(hint, error.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain("'con'", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!!!", "no letter or digit")]
    [InlineData("CON", "reserved")]
    [InlineData("Giới Thiệu", "Write it as 'gioi-thieu'.")]
    public void SlugHint_NeverOffersAnInvalidValue(string slug, string expected)
    {
        var hint = SlugRules.SuggestSlug(slug);
        Assert.Contains(expected, hint, StringComparison.Ordinal);
        foreach (var offered in System.Text.RegularExpressions.Regex.Matches(hint, "'([^']*)'").Select(m => m.Groups[1].Value).Where(v => v != slug))
        {
            Assert.True(SlugRules.ProblemWithSlug(offered) is null, $"the hint offers '{offered}', which is not allowed");
        }
    }

    [Fact]
    public void TranslationMismatch_NamesBothFilesAndBothLines()
    {
        using var site = TestSite.Create(TestSite.MinimalSite + """

            -- input/editions/2022-05/movements/education.vi.md --
            ---
            title: "Giáo dục"
            summary: "Đổi mới."
            launched_by: province
            number: "3.2.1"
            ---
            -- input/editions/2022-05/movements/education.en.md --
            ---
            title: "Education"
            summary: "Renewal."
            number: "3.2.2"
            launched_by: province
            ---
            """);
        site.BuildExpectingError();
        var error = site.AssertDiagnostic("SITE025", "movements/education.en.md", 4);
        Assert.Contains("education.vi.md line 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownNestedTooDeep_IsReportedAtTheLineWhereItGoesTooDeep()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        var body = "Một.\n\nHai.\n\n" + string.Concat(Enumerable.Repeat("> ", 10_000)) + "đáy\n\nSau.\n";
        site.WriteFile("input/pages/deep.vi.md", HostileSites.Page("Sâu", body));
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE034", "input/pages/deep.vi.md", 10);
    }

    [Fact]
    public void YamlNestedTooDeep_IsReportedAtTheLineOfTheLevelThatIsOneTooMany()
    {
        var yaml = new System.Text.StringBuilder("---\ntitle: \"A\"\nsummary: \"s\"\nx:\n");
        for (var i = 1; i <= 40; i++)
        {
            yaml.Append(new string(' ', i * 2)).Append($"k{i}:\n");
        }

        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/about.vi.md", yaml + "---\n\nVăn bản.\n");
        site.BuildExpectingError();
        // Line 4 holds x (level 1, the page's own mapping is level 0… the reader counts the root as 1): k32 on line 36 opens level 33.
        site.AssertDiagnostic("SITE016", "input/pages/about.vi.md", 36);
    }

    [Fact]
    public void SymlinkLoopBetweenTwoFiles_IsCalledALoop()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        File.CreateSymbolicLink(Path.Combine(site.Input, "pages", "a.vi.md"), Path.Combine(site.Input, "pages", "b.vi.md"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "pages", "b.vi.md"), Path.Combine(site.Input, "pages", "a.vi.md"));
        site.BuildExpectingError();
        Assert.Contains("loop", site.AssertDiagnostic("SITE027", "input/pages/a.vi.md", 1).Message, StringComparison.Ordinal);
        Assert.Contains("loop", site.AssertDiagnostic("SITE027", "input/pages/b.vi.md", 1).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EditionDateOfDayZero_IsSite015AtTheDate()
    {
        using var site = TestSite.Create(HostileSites.WithPage.Replace("date: \"2022-05\"", "date: \"2022-05-00\"", StringComparison.Ordinal));
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE015", "input/editions/2022-05/edition.yml", 2);
    }

    private static TestSite RealInput()
    {
        var site = TestSite.Create(string.Empty, withRealStrings: false);
        var input = Path.Combine(TestSite.RepositoryRoot, "input");
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.Combine("input", Path.GetRelativePath(input, file)), File.ReadAllBytes(file));
        }

        return site;
    }
}
