using Site.Content;
using Site.Tests.Support;

namespace Site.Tests.Tool;

/// <summary>
/// A missing or stale translation never holds back the official text: --strict publishes it with a warning and the
/// reader is told, unless site.yml says `translations: strict`. Only a change of the source's words makes a
/// translation stale.
/// </summary>
public class TranslationPolicyTests
{
    private const string Source = """
        ---
        title: "Thanh niên"
        summary: "Phong trào thanh niên."
        number: "3.2.3"
        launched_by: province
        weight: 4
        ---

        Văn bản gốc.
        """;

    private const string Pair = TestSite.MinimalSite + """

        -- input/editions/2022-05/movements/youth.vi.md --
        """ + "\n" + Source + """

        -- input/editions/2022-05/movements/youth.en.md --
        ---
        title: "Youth"
        summary: "The youth movement."
        number: "3.2.3"
        launched_by: province
        weight: 4
        ---

        Original text.
        """;

    private const string OnlySource = TestSite.MinimalSite + """

        -- input/editions/2022-05/movements/youth.vi.md --
        """ + "\n" + Source;

    private const string English = "input/editions/2022-05/movements/youth.en.md";
    private const string Vietnamese = "input/editions/2022-05/movements/youth.vi.md";

    [Fact]
    public void AStaleTranslation_DoesNotBlockAStrictBuild_WarnsAndTellsTheReader()
    {
        using var site = MarkedPair();
        site.WriteFile(Vietnamese, Source.Replace("Văn bản gốc.", "Văn bản gốc, đã sửa.", StringComparison.Ordinal));
        var result = site.Build(strict: true);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        site.AssertDiagnostic("SITE026", "youth.en.md");
        Assert.Equal(1, result.WarningCount);
        site.AssertFile("en/2022-05/movements/youth/index.html", "The Vietnamese original has changed since this page was translated.");
        site.AssertFile("vi/2022-05/phong-trao/youth/index.html", "Văn bản gốc, đã sửa.");
    }

    [Fact]
    public void AMissingTranslation_DoesNotBlockAStrictBuild_WarnsAndTheReaderSeesItIsMissing()
    {
        using var site = TestSite.Create(OnlySource);
        var result = site.Build(strict: true);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        site.AssertDiagnostic("SITE023", "youth.vi.md");
        site.AssertFile("vi/2022-05/phong-trao/youth/index.html", "Văn bản gốc.", "chưa có bản dịch");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TranslationsStrict_InSiteYml_MakesAStaleOrMissingTranslationFailAStrictBuild(bool stale)
    {
        using var site = stale ? MarkedPair() : TestSite.Create(OnlySource);
        site.WriteFile("input/site.yml", File.ReadAllText(Path.Combine(site.Input, "site.yml")) + "translations: strict\n");
        if (stale)
        {
            site.WriteFile(Vietnamese, Source.Replace("Văn bản gốc.", "Văn bản khác.", StringComparison.Ordinal));
        }

        Assert.True(site.Build().Succeeded);
        Assert.False(site.Build(strict: true).Succeeded);
        site.AssertDiagnostic(stale ? "SITE026" : "SITE023", stale ? "youth.en.md" : "youth.vi.md");
    }

    [Fact]
    public void AnUnknownTranslationsPolicy_IsAnError_ThatNamesBothValues()
    {
        using var site = TestSite.Create(OnlySource);
        site.WriteFile("input/site.yml", File.ReadAllText(Path.Combine(site.Input, "site.yml")) + "translations: always\n");
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE014", "site.yml", 4);
        Assert.Contains("neither 'warn' nor 'strict'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aliases", "weight: 4\n", "weight: 4\naliases: [\"/vi/2022-05/phong-trao/thanh-nien/\"]\n", false)]
    [InlineData("weight", "weight: 4\n", "weight: 9\n", true)] // language-independent: the translation moves with it
    [InlineData("slug", "weight: 4\n", "weight: 4\nslug: thanh-nien\n", false)]
    [InlineData("key order", "number: \"3.2.3\"\nlaunched_by: province\n", "launched_by: province\nnumber: \"3.2.3\"\n", false)]
    [InlineData("quoting and a comment", "summary: \"Phong trào thanh niên.\"\n", "summary: 'Phong trào thanh niên.' # rút gọn\n", false)]
    [InlineData("trailing blank lines", "Văn bản gốc.", "Văn bản gốc.\n\n\n", false)]
    public void ASourceChangeThatIsNotText_LeavesTheTranslationFresh(string change, string before, string after, bool inBothLanguages)
    {
        Assert.True(Source.Contains(before, StringComparison.Ordinal), change);
        Assert.Equal(TranslationFreshness.Hash(Source), TranslationFreshness.Hash(Source.Replace(before, after, StringComparison.Ordinal)));
        using var site = MarkedPair();
        site.WriteFile(Vietnamese, Source.Replace(before, after, StringComparison.Ordinal));
        if (inBothLanguages)
        {
            var translation = Path.Combine(site.Root, English);
            File.WriteAllText(translation, File.ReadAllText(translation).Replace(before, after, StringComparison.Ordinal));
        }

        site.BuildExpectingSuccess(strict: true);
        site.AssertNoDiagnostic("SITE026");
    }

    [Theory]
    [InlineData("title", "title: \"Thanh niên\"", "title: \"Tuổi trẻ\"")]
    [InlineData("summary", "summary: \"Phong trào thanh niên.\"", "summary: \"Phong trào của thanh niên.\"")]
    [InlineData("body", "Văn bản gốc.", "Văn bản gốc đã sửa.")]
    [InlineData("a new paragraph", "Văn bản gốc.", "Văn bản gốc.\n\nĐoạn mới.")]
    [InlineData("a new key", "weight: 4\n", "weight: 4\nperiod: \"2021-2022\"\n")]
    public void AChangeOfTheSourcesText_MakesTheTranslationStale(string change, string before, string after)
    {
        Assert.True(Source.Contains(before, StringComparison.Ordinal), change);
        Assert.NotEqual(TranslationFreshness.Hash(Source), TranslationFreshness.Hash(Source.Replace(before, after, StringComparison.Ordinal)));
        using var site = MarkedPair();
        site.WriteFile(Vietnamese, Source.Replace(before, after, StringComparison.Ordinal));
        site.Build();
        site.AssertDiagnostic("SITE026", "youth.en.md");
    }

    private static TestSite MarkedPair()
    {
        var site = TestSite.Create(Pair);
        TranslationMarker.Mark(Path.Combine(site.Root, English));
        return site;
    }
}
