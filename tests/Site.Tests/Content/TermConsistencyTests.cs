using Site.Tests.Support;
using Site.Tests.Data;

namespace Site.Tests.Content;

/// <summary>One name for each thing: names.yml and glossary.yml give each name one rendering, and the build holds pages and tables to it.</summary>
public class TermConsistencyTests
{
    private const string Names = """

        -- input/names.yml --
        names:
          - id: youth
            vi: "Thanh niên làm chủ đất nước"
            en: "Young people as masters of the country"
        """;

    private static string Pair(string englishSlogan) => TestSite.MinimalSite + Names + $$"""

        -- input/editions/2022-05/movements/youth.vi.md --
        ---
        title: "Thanh niên"
        summary: "Phong trào thanh niên."
        number: "3.2.3"
        launched_by: province
        ---

        Đoạn đầu.

        Phong trào “Thanh niên làm chủ đất nước” được triển khai.
        -- input/editions/2022-05/movements/youth.en.md --
        ---
        title: "Youth"
        summary: "The youth movement."
        number: "3.2.3"
        launched_by: province
        ---

        First paragraph.

        The “{{englishSlogan}}” movement was carried out.
        """;

    [Fact]
    public void Build_WhenATranslationRendersANameAnotherWay_WarnsAtTheSourceLine_AndFailsUnderStrict()
    {
        using var site = TestSite.Create(Pair("Youth as masters of the country"));
        site.Build();
        var warning = site.AssertDiagnostic("SITE140", "movements/youth.vi.md", 10);
        Assert.Equal(Site.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Equal(13, warning.Column); // "Phong trào “" is 12 characters: the name starts at column 13
        Assert.Contains("\"Young people as masters of the country\"", warning.Message, StringComparison.Ordinal);
        Assert.Contains("youth.en.md", warning.Message, StringComparison.Ordinal);
        site.BuildExpectingError(strict: true);
    }

    [Fact]
    public void Build_WhenTheTranslationUsesTheListedName_WithOtherQuotesAndCase_HasNoWarning()
    {
        using var site = TestSite.Create(Pair("young people as masters of the Country"));
        site.BuildExpectingSuccess(strict: true);
        site.AssertNoDiagnostic("SITE140");
    }

    [Fact]
    public void Build_WhenATableLabelRendersANameAnotherWay_WarnsAtTheRow()
    {
        var table = DataSites.Table.Replace("vi: \"Phong trào sáu\"", "vi: \"Phong trào “Thanh niên làm chủ đất nước”\"", StringComparison.Ordinal)
            .Replace("en: \"Movement six\"", "en: \"The “Youth as masters of the country” movement\"", StringComparison.Ordinal);
        Assert.NotEqual(DataSites.Table, table);
        using var site = TestSite.Create(TestSite.MinimalSite + Names + "\n" + DataSites.AwardForms + "\n-- " + DataSites.TablePath + " --\n" + table);
        site.Build();
        var warning = site.AssertDiagnostic("SITE140", "appendices/05.yml");
        Assert.Contains("its 'en' label", warning.Message, StringComparison.Ordinal);
        Assert.True(warning.Line > 1, $"the warning should point at the row, not the top of the file: {warning}");
    }

    [Fact]
    public void Build_WhenTheSourceQuotesATermInACodeSpan_DoesNotAskForItsTranslation()
    {
        var files = Pair("Young people as masters of the country")
            .Replace("Đoạn đầu.", "Bản in ghi `Thi đua là yêu nước` như vậy.", StringComparison.Ordinal)
            + """

            -- input/glossary.yml --
            terms:
              - id: patriotism
                vi: "Thi đua là yêu nước"
                en: "Emulation is patriotism"
                definition: { vi: "Lời kêu gọi.", en: "An appeal." }
            """;
        using var site = TestSite.Create(files);
        site.BuildExpectingSuccess(strict: true);
        site.AssertNoDiagnostic("SITE140");
    }
}
