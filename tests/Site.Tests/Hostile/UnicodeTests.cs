using System.Text;
using Site.Tests.Support;

namespace Site.Tests.Hostile;

public class UnicodeTests
{
    private static readonly string NfcTitle = "Phòng chống dịch";
    private static readonly string NfdTitle = NfcTitle.Normalize(NormalizationForm.FormD);

    [Fact]
    public void Build_WithDecomposedText_PublishesTheComposedForm()
    {
        Assert.NotEqual(NfcTitle, NfdTitle);
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/about.vi.md", HostileSites.Page(NfdTitle, "Đoàn thanh niên " + NfdTitle));
        site.BuildExpectingSuccess();
        site.AssertFile(HostileSites.PageOutput, "<title>" + NfcTitle, "Đoàn thanh niên " + NfcTitle, "! " + NfdTitle);
    }

    [Fact]
    public void Build_WithADecomposedFileName_FindsThePageByItsComposedName()
    {
        var nfdName = "giới-thiệu".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("giới-thiệu", nfdName);
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile($"input/pages/{nfdName}.vi.md", HostileSites.Page("Trang NFD", "Văn bản."));
        Assert.Contains($"{nfdName}.vi.md", Directory.EnumerateFiles(Path.Combine(site.Input, "pages")).Select(Path.GetFileName)); // stored decomposed
        site.WriteFile("input/pages/about.vi.md", HostileSites.Page("Giới thiệu", "Xem [trang](giới-thiệu.md)."));
        site.BuildExpectingSuccess();
        site.AssertNoDiagnostic("SITE030");
        site.AssertFile("vi/gioi-thieu/index.html", "Trang NFD");
        site.AssertFile(HostileSites.PageOutput, "href=\"../gioi-thieu/\"");
    }

    [Fact]
    public void Build_WithTwoFileNamesEqualAfterNfc_IsSite005()
    {
        var nfc = "giới";
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile($"input/pages/{nfc}.vi.md", HostileSites.Page("Một", "A."));
        site.WriteFile($"input/pages/{nfd}.vi.md", HostileSites.Page("Hai", "B."));
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE005", $"input/pages/{nfc}.vi.md", 1);
        Assert.Equal(Site.Diagnostics.Severity.Error, diagnostic.Severity);
        Assert.Contains($"input/pages/{nfc}.vi.md", diagnostic.Message.Normalize(NormalizationForm.FormC), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('\u200B')]
    [InlineData('\u00AD')]
    [InlineData('\u202E')]
    [InlineData('\u2067')]
    [InlineData('\u200D')]
    public void Build_WithAnInvisibleCharacterInTheTitle_WarnsWithTheCodePoint_AndStripsIt(char invisible)
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/about.vi.md", HostileSites.Page($"Phòng{invisible}chống", "Văn bản."));
        site.BuildExpectingSuccess();
        var diagnostic = site.AssertDiagnostic("SITE004", "input/pages/about.vi.md", 2);
        Assert.Equal(Site.Diagnostics.Severity.Warning, diagnostic.Severity);
        Assert.Contains($"U+{(int)invisible:X4}", diagnostic.Message, StringComparison.Ordinal);
        site.AssertFile(HostileSites.PageOutput, "<title>Phòngchống", "! " + invisible);
        Assert.DoesNotContain(invisible, HostileSites.AllOutput(site));
    }

    [Fact]
    public void Build_WithAnInvisibleCharacterInTheSlug_StripsItFromTheAddress()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/about.vi.md", HostileSites.Page("A", "B.", "slug: \"gioi\u200Bthieu\"\n"));
        site.BuildExpectingSuccess();
        site.AssertDiagnostic("SITE004", "input/pages/about.vi.md", 4);
        site.AssertFile("vi/gioithieu/index.html", "<title>A");
        Assert.DoesNotContain(site.ListOutput(), f => f.Contains('\u200B', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u200B')]
    [InlineData('\u061C')]
    public void Build_WithInvisibleCharactersInBodySummaryAndEdition_WarnsAtEach_AndPublishesNoneInPagesSearchFeedsOrMetadata(char invisible)
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/about.vi.md", $"---\ntitle: \"Giới thiệu\"\nsummary: \"Tóm{invisible} tắt.\"\n---\n\nVăn{invisible} bản của trang.\n\n## Mục{invisible} một\n");
        site.WriteFile("input/editions/2022-05/edition.yml", TestSite.MinimalSite.Split("-- input/editions/2022-05/edition.yml --\n")[1].Replace("Báo cáo thử", $"Báo{invisible} cáo thử", StringComparison.Ordinal));
        site.BuildExpectingSuccess();
        Assert.Equal(4, site.Result!.Diagnostics.Count(d => d.Code == "SITE004" && d.Severity == Site.Diagnostics.Severity.Warning));
        site.AssertDiagnostic("SITE004", "input/pages/about.vi.md", 6);
        site.AssertFile(HostileSites.PageOutput, "Văn bản của trang.", "Tóm tắt.");
        Assert.Contains(site.ListOutput(), f => f.EndsWith("feed.xml", StringComparison.Ordinal));
        Assert.Contains(site.ListOutput(), f => f == "sitemap.xml");
        Assert.DoesNotContain(invisible, HostileSites.AllOutput(site));
    }
}
