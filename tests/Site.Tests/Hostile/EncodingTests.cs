using Site.Tests.Support;

namespace Site.Tests.Hostile;

public class EncodingTests
{
    private const string PagePath = "input/pages/about.vi.md";

    [Fact]
    public void Build_WhenFilesStartWithAUtf8Bom_ReadsThemAsIfItWereAbsent()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        byte[] bom = [0xEF, 0xBB, 0xBF];
        site.WriteBytes("input/site.yml", [.. bom, .. File.ReadAllBytes(Path.Combine(site.Root, "input/site.yml"))]);
        site.WriteBytes(PagePath, [.. bom, .. HostileSites.Utf8(HostileSites.Page("Có BOM", "Nội dung."))]);
        site.BuildExpectingSuccess();
        site.AssertFile(HostileSites.PageOutput, "<title>Có BOM", "Nội dung.", "! \uFEFF");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Build_WithCrLfOrLoneCrLineEnds_ReportsTheRightLine(string newline)
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        var text = HostileSites.Page("Dòng", "Văn bản.", "bogus: 1\n").Replace("\n", newline, StringComparison.Ordinal);
        site.WriteBytes(PagePath, HostileSites.Utf8(text));
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE012", "pages/about.vi.md", 4);
    }

    [Fact]
    public void Build_WithCrLfInSiteYml_ReportsTheRightLine()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteBytes("input/site.yml", HostileSites.Utf8("title: \"T\"\r\nbase_url: \"https://example.org/\"\r\nlanguages: [vi, en]\r\nbogus: 1\r\n"));
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE012", "input/site.yml", 4);
    }

    [Fact]
    public void Build_WithAFileInWindows1258_IsSite003NamingTheFileAndLine_AndKeepsThePreviousSite()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        // "Hoà" in Windows-1258 is H o 0xD2 0xE0 …: bytes that are not valid UTF-8.
        byte[] legacy = [.. HostileSites.Utf8("---\ntitle: \"Ho"), 0xD2, 0xE0, .. HostileSites.Utf8("\"\nsummary: \"x\"\n---\n")];
        HostileSites.SpoilAndBuild(site, () => site.WriteBytes(PagePath, legacy));
        var diagnostic = site.AssertDiagnostic("SITE003", "input/pages/about.vi.md", 2);
        Assert.Contains("0xD2", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithNulBytes_IsSite003AtTheirLine()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        byte[] binary = [.. HostileSites.Utf8(HostileSites.Page("A", "line six")), 0x00, 0x41, 0x00];
        HostileSites.SpoilAndBuild(site, () => site.WriteBytes(PagePath, binary));
        var diagnostic = site.AssertDiagnostic("SITE003", "input/pages/about.vi.md", 7);
        Assert.Contains("NUL", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithUtf16File_IsSite003NotGarbage()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteBytes(PagePath, System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(HostileSites.Page("A", "B"))).ToArray());
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE003", "input/pages/about.vi.md");
    }
}
