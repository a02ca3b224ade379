using System.Text.RegularExpressions;
using Site.Build;
using Site.Scaffolding;
using Site.Tests.Support;
using Site.Text;

namespace Site.Tests.Tool;

/// <summary>`site init`: a new issuer's site builds with --strict as created, and carries nothing of Lào Cai.</summary>
public sealed partial class InitTests : IDisposable
{
    private static readonly NewSite YenBai = new(
        new Dictionary<string, string> { ["vi"] = "Ủy ban nhân dân tỉnh Yên Bái", ["en"] = "People's Committee of Yên Bái Province" },
        "https://example.org/bao-cao/",
        "2026-05");

    /// <summary>The report's standard parts in each language: Part One's four chapters, Part Two, the appendices.</summary>
    private static readonly string[] StandardParts =
    [
        "vi/2026-05/bao-cao/dac-diem-tinh-hinh", "vi/2026-05/bao-cao/ket-qua-thuc-hien", "vi/2026-05/bao-cao/danh-gia-chung", "vi/2026-05/bao-cao/kien-nghi-de-xuat",
        "en/2026-05/report/situation", "en/2026-05/report/results", "en/2026-05/report/assessment", "en/2026-05/report/recommendations",
        "vi/2026-05/phong-trao", "vi/2026-05/dien-hinh", "en/2026-05/movements", "en/2026-05/exemplary-models",
        "vi/2026-05/phu-luc/01", "vi/2026-05/phu-luc/05", "en/2026-05/appendices/01", "en/2026-05/appendices/05",
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-init-" + Guid.NewGuid().ToString("N")[..10]);

    [Fact]
    public void Init_CreatesASite_ThatBuildsWithStrict_WithNoWarning_AndShowsTheNewIssuer()
    {
        var created = SiteScaffolder.Create(_root, YenBai);
        Assert.Contains("input/site.yml", created);
        Assert.Contains("input/editions/2026-05/appendices/01.yml", created);

        Assert.Contains("input/editions/2026-05/report/situation.vi.md", created);
        Assert.Contains("input/editions/2026-05/report/situation.en.md", created);

        var result = Build(strict: true);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(result.PagesPerLanguage["vi"], result.PagesPerLanguage["en"]);
        foreach (var page in StandardParts)
        {
            Assert.True(File.Exists(Path.Combine(_root, "_site", page, "index.html")), $"{page} was not built");
        }
        var home = File.ReadAllText(Path.Combine(_root, "_site", "index.html"));
        Assert.Contains("Ủy ban nhân dân tỉnh Yên Bái", home, StringComparison.Ordinal);
        Assert.Contains("https://example.org/bao-cao/", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_WritesNothingThatNamesTheRepositorysIssuer()
    {
        SiteScaffolder.Create(_root, YenBai);
        var files = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            // Folded, so that "Lao Cai", "lào cai" and "LÀO CAI" are all caught.
            Assert.DoesNotContain("lao cai", VietnameseFolding.Fold(File.ReadAllText(file)).ToLowerInvariant(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("lao-cai", string.Join('\n', files).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_StringsHaveEveryKeyOfTheRealSite_SoTheThemeFindsEachOne()
    {
        SiteScaffolder.Create(_root, YenBai);
        foreach (var language in new[] { "vi", "en" })
        {
            var real = Keys(File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "input", "i18n", language + ".yml")));
            var created = Keys(File.ReadAllText(Path.Combine(_root, "input", "i18n", language + ".yml")));
            Assert.True(real.Count > 50, "the real strings should have more than 50 keys");
            Assert.Equal(real, created);
        }
    }

    [Theory]
    [InlineData("01", "01")]
    [InlineData("02", "01")] // appendix 02 has the layout of 01
    [InlineData("05", "05")]
    public void Init_AppendixTables_HaveTheColumnsOfTheReportsLayout_AndNoFigure(string realAppendix, string createdAppendix)
    {
        SiteScaffolder.Create(_root, YenBai);
        var real = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "input", "editions", "2022-05", "appendices", realAppendix + ".yml"));
        var created = File.ReadAllText(Path.Combine(_root, "input", "editions", "2026-05", "appendices", createdAppendix + ".yml"));
        Assert.Equal(ColumnIds(real), ColumnIds(created));
        Assert.True(ColumnIds(real).Count >= 15, "a standard layout has at least 15 columns");
        Assert.DoesNotMatch(@"(?m)^\s+[a-z_]+: \d+\s*$", created);
    }

    [Fact]
    public void Init_EveryYamlFileNamesASchemaThatExistsBesideIt_AndIsValidAgainstIt()
    {
        SiteScaffolder.Create(_root, YenBai);
        var yamlFiles = Directory.EnumerateFiles(Path.Combine(_root, "input"), "*.yml", SearchOption.AllDirectories).ToList();
        Assert.Equal(8, yamlFiles.Count); // site, edition, two i18n, glossary, award forms, two appendices
        foreach (var file in yamlFiles)
        {
            var text = File.ReadAllText(file);
            var match = SchemaComment().Match(text);
            Assert.True(match.Success, $"{file} has no yaml-language-server comment on its first line");
            var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, match.Groups[1].Value));
            Assert.True(File.Exists(schema), $"{file} names {schema}, which does not exist");
            var relative = Path.GetRelativePath(Path.Combine(_root, "input"), file).Replace('\\', '/');
            Assert.Equal(InputSchemas.SchemaFor(relative) + ".schema.json", Path.GetFileName(schema));
            Assert.Empty(InputSchemas.Problems(InputSchemas.SchemaFor(relative)!, text));
        }
    }

    [Fact]
    public void Init_WithoutABaseUrl_BuildsAPreview_ButStrictRefusesToPublishIt()
    {
        SiteScaffolder.Create(_root, YenBai with { BaseUrl = string.Empty });
        Assert.True(Build(strict: false).Succeeded);
        var strict = Build(strict: true);
        Assert.False(strict.Succeeded);
        Assert.Contains(strict.Diagnostics, d => d.Code == "SITE110" && d.File == "input/site.yml");
    }

    [Fact]
    public void Init_RefusesAFolderThatIsNotEmpty_AndChangesNothingInIt()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "notes.txt"), "mine");
        var error = Assert.Throws<Site.Diagnostics.RequestRefusedException>(() => SiteScaffolder.Create(_root, YenBai));
        Assert.Contains("is not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void Init_EscapesAQuoteInTheIssuersName()
    {
        SiteScaffolder.Create(_root, YenBai with { Issuer = new Dictionary<string, string> { ["vi"] = "UBND \"tỉnh\" \\ X", ["en"] = "The \"X\" Committee" } });
        Assert.True(Build(strict: true).Succeeded, string.Join('\n', Build(strict: true).Diagnostics));
        Assert.Contains("The &quot;X&quot; Committee", File.ReadAllText(Path.Combine(_root, "_site", "en", "index.html")), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private BuildResult Build(bool strict) => SiteBuilder.Build(new BuildOptions
    {
        InputDirectory = Path.Combine(_root, "input"),
        ThemeDirectory = Path.Combine(_root, "theme"),
        DefaultThemeDirectory = Path.Combine(TestSite.RepositoryRoot, "theme"),
        OutputDirectory = Path.Combine(_root, "_site"),
        Strict = strict,
    });

    private static List<string> Keys(string yaml) => StringKey().Matches(yaml).Select(m => m.Groups[1].Value).ToList();

    private static List<string> ColumnIds(string yaml) => ColumnId().Matches(yaml[..yaml.IndexOf("\nrows:", StringComparison.Ordinal)]).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"(?m)^([a-z0-9_-]+):")]
    private static partial Regex StringKey();

    [GeneratedRegex(@"(?m)^  - id: ([a-z0-9_]+)\s*$")]
    private static partial Regex ColumnId();

    [GeneratedRegex(@"^# yaml-language-server: \$schema=(\S+)\n")]
    private static partial Regex SchemaComment();
}
