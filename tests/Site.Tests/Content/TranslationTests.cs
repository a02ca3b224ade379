using Site.Content;
using Site.Tests.Support;

namespace Site.Tests.Content;

public class TranslationTests
{
    private const string Pair = TestSite.MinimalSite + """

        -- input/editions/2022-05/movements/youth.vi.md --
        ---
        title: "Thanh niên"
        summary: "Phong trào thanh niên."
        number: "3.2.3"
        launched_by: province
        ---

        Văn bản gốc.
        -- input/editions/2022-05/movements/youth.en.md --
        ---
        title: "Youth"
        summary: "The youth movement."
        number: "3.2.3"
        launched_by: province
        ---

        Original text.
        """;

    [Fact]
    public void Translated_RecordsTheSourceVersion_AndAStaleTranslationIsReportedAndShown()
    {
        using var site = TestSite.Create(Pair);
        var english = Path.Combine(site.Input, "editions/2022-05/movements/youth.en.md");
        var hash = TranslationMarker.Mark(english);
        Assert.Contains($"source_hash: \"{hash}\"", File.ReadAllText(english), StringComparison.Ordinal);
        site.BuildExpectingSuccess(strict: true);
        site.AssertFile("en/2022-05/movements/youth/index.html", "! The Vietnamese original has changed");

        File.AppendAllText(Path.Combine(site.Input, "editions/2022-05/movements/youth.vi.md"), "\nĐoạn mới.\n");
        site.Build();
        site.AssertDiagnostic("SITE026", "youth.en.md", 6);
        site.AssertFile("en/2022-05/movements/youth/index.html",
            "The Vietnamese original has changed since this page was translated.",
            "href=\"../../../../vi/2022-05/phong-trao/youth/\" hreflang=\"vi\">Read the Vietnamese original</a>");
        // The official text is published even so: a stale translation warns, and its reader is told (see Tool/TranslationPolicyTests).
        Assert.True(site.Build(strict: true).Succeeded);

        var renewed = TranslationMarker.Mark(english);
        Assert.NotEqual(hash, renewed);
        Assert.Contains($"source_hash: \"{renewed}\"", File.ReadAllText(english), StringComparison.Ordinal);
        site.BuildExpectingSuccess(strict: true);
        site.AssertFile("en/2022-05/movements/youth/index.html", "! The Vietnamese original has changed");
    }

    [Fact]
    public void Translated_RefusesASourceFile()
    {
        using var site = TestSite.Create(Pair);
        Assert.Throws<Site.Diagnostics.RequestRefusedException>(() => TranslationMarker.Mark(Path.Combine(site.Input, "editions/2022-05/movements/youth.vi.md")));
    }

    [Theory]
    [InlineData("movement", "movements")]
    [InlineData("story", "stories")]
    [InlineData("page", "../../pages")]
    public void New_CreatesBothLanguages_WithEveryRequiredKey(string kind, string folder)
    {
        using var site = TestSite.Create(Pair);
        var created = PageScaffolder.Create(site.Input, kind, "Đoàn viên mới", edition: null);
        Assert.Equal(2, created.Count);
        var directory = Path.GetFullPath(Path.Combine(site.Input, "editions/2022-05", folder));
        Assert.True(File.Exists(Path.Combine(directory, "doan-vien-moi.vi.md")));
        Assert.True(File.Exists(Path.Combine(directory, "doan-vien-moi.en.md")));
        var text = File.ReadAllText(Path.Combine(directory, "doan-vien-moi.vi.md"));
        foreach (var key in FrontMatterSchema.Required(kind switch { "movement" => PageKind.Movement, "story" => PageKind.Story, _ => PageKind.SitePage }))
        {
            Assert.Contains(key + ":", text, StringComparison.Ordinal);
        }

        Assert.Throws<Site.Diagnostics.RequestRefusedException>(() => PageScaffolder.Create(site.Input, kind, "Đoàn viên mới", edition: null));
    }
}
