using Site.Tests.Support;

namespace Site.Tests.Linking;

/// <summary>Files beside the pages (images, downloads) are published with the page that links to them; every mistake is reported at the link.</summary>
public class ContentFileTests
{
    private const string Story = LinkingSites.Story;

    /// <summary>The first bytes of a PNG file: the test compares them, not what the build says it copied.</summary>
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    private static string StoryWith(string line) => LinkingSites.StoryWith(line);

    [Fact]
    public void ImageBesideThePage_IsCopiedNextToThePagesOutput_WithItsExactBytes()
    {
        using var site = TestSite.Create(StoryWith("![Ảnh tập thể](anh.png)"));
        site.WriteBytes("input/editions/2022-05/stories/anh.png", Png);
        site.BuildExpectingSuccess();

        site.AssertFile("vi/2022-05/dien-hinh/hero/index.html", "src=\"anh.png\"");
        Assert.Equal(Png, File.ReadAllBytes(Path.Combine(site.Output, "vi/2022-05/dien-hinh/hero/anh.png")));
        site.AssertNoDiagnostic("SITE101");
    }

    [Fact]
    public void DownloadInTheEditionsSharedFolder_IsPublishedOnceUnderFiles_AndLinkedRelative()
    {
        using var site = TestSite.Create(StoryWith("[Tải bảng](../files/bang.pdf)"));
        site.WriteBytes("input/editions/2022-05/files/bang.pdf", Png);
        site.BuildExpectingSuccess();

        site.AssertFile("vi/2022-05/dien-hinh/hero/index.html", "href=\"../../../../files/2022-05/bang.pdf\"");
        Assert.Equal(Png, File.ReadAllBytes(Path.Combine(site.Output, "files/2022-05/bang.pdf")));
    }

    [Fact]
    public void ImageNameDifferingOnlyInCase_FailsAtTheImage_NamingTheRealFile()
    {
        using var site = TestSite.Create(StoryWith("Ảnh: ![Ảnh tập thể](Anh.png)"));
        site.WriteBytes("input/editions/2022-05/stories/anh.png", Png);
        site.BuildExpectingError();

        var diagnostic = site.AssertDiagnostic("SITE036", Story, 9);
        Assert.Equal(6, diagnostic.Column);
        Assert.Contains("the file 'Anh.png' differs only in letter case from 'anh.png'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingImage_FailsAtTheImage_SuggestingTheFileBesideIt()
    {
        using var site = TestSite.Create(StoryWith("![Ảnh tập thể](anhh.png)"));
        site.WriteBytes("input/editions/2022-05/stories/anh.png", Png);
        site.BuildExpectingError();

        var diagnostic = site.AssertDiagnostic("SITE030", Story, 9);
        Assert.Equal(1, diagnostic.Column);
        Assert.Contains("the image 'anhh.png' is not in input/ (looked for input/editions/2022-05/stories/anhh.png) (did you mean 'anh.png'?)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileOverTheHostsLimit_FailsAtTheLink()
    {
        using var site = TestSite.Create(StoryWith("[Video](video.zip)"));
        var path = Path.Combine(site.Input, "editions/2022-05/stories/video.zip");
        using (var stream = File.Create(path))
        {
            stream.SetLength(101L * 1024 * 1024); // Sparse: the test writes no 101 MB.
        }

        site.BuildExpectingError();

        var diagnostic = site.AssertDiagnostic("SITE100", Story, 9);
        Assert.Contains("is 101 MB; GitHub Pages refuses files over 100 MB", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkupFileBesideThePage_IsNotPublished()
    {
        using var site = TestSite.Create(StoryWith("[Trang](trang.html)"));
        site.WriteFile("input/editions/2022-05/stories/trang.html", "<script>alert(1)</script>");
        site.BuildExpectingError();

        site.AssertDiagnostic("SITE103", Story, 9);
        Assert.DoesNotContain(site.ListOutput(), f => f.EndsWith("trang.html", StringComparison.Ordinal));
    }

    [Fact]
    public void FilesNoRuleReads_AreWarnings_SayingWhereTheyBelong()
    {
        using var site = TestSite.Create(StoryWith("Văn bản."));
        site.WriteFile("input/page/x.vi.md", "---\ntitle: x\n---\n");
        site.WriteFile("input/editions/2022-05/appendices/06.yaml", "number: \"06\"\n");
        site.WriteFile("input/editions/2022-05/stories/hero2.markdown", "x\n");
        site.WriteBytes("input/editions/2022-05/stories/unused.png", Png);
        site.BuildExpectingSuccess();

        Assert.Contains("(did you mean 'pages/'?)", site.AssertDiagnostic("SITE101", "input/page/x.vi.md", 1).Message, StringComparison.Ordinal);
        Assert.Equal("Rename it to 06.yml.", site.AssertDiagnostic("SITE101", "input/editions/2022-05/appendices/06.yaml", 1).Hint);
        Assert.Equal("Rename it to hero2.md.", site.AssertDiagnostic("SITE101", "input/editions/2022-05/stories/hero2.markdown", 1).Hint);
        Assert.Contains("no page links to this file", site.AssertDiagnostic("SITE101", "input/editions/2022-05/stories/unused.png", 1).Message, StringComparison.Ordinal);
    }
}
