using Site.Tests.Support;

namespace Site.Tests.Hostile;

public class PathTests
{
    private const string PagePath = "input/pages/about.vi.md";

    [Theory]
    [InlineData("..")]
    [InlineData("../../etc")]
    [InlineData("a/b")]
    [InlineData("a\\\\b")]
    [InlineData("C:")]
    [InlineData("C:\\\\Windows")]
    [InlineData("%2e%2e")]
    [InlineData("%2e%2e%2fetc")]
    [InlineData("con")]
    [InlineData("CON")]
    [InlineData("lpt1")]
    [InlineData("/etc/passwd")]
    [InlineData("/tmp")]
    public void UnsafeSlug_IsSite027AtItsLine_AndThePreviousSiteIsKept(string slug)
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        HostileSites.SpoilAndBuild(site, () => site.WriteFile(PagePath, HostileSites.Page("A", "B.", $"slug: \"{slug}\"\n")));
        var diagnostic = site.AssertDiagnostic("SITE027", PagePath, 4);
        Assert.Equal(Site.Diagnostics.Severity.Error, diagnostic.Severity);
        Assert.False(File.Exists(Path.Combine(site.Root, "etc", "index.html")));
    }

    [Theory]
    [InlineData("/vi/../../etc/")]
    [InlineData("/vi/%2e%2e/%2e%2e/etc/")]
    [InlineData("../outside/")]
    [InlineData("C:/Windows/")]
    [InlineData("//evil.example/")]
    [InlineData("/vi/con/")]
    [InlineData("/")]
    public void UnsafeAlias_IsSite027AtItsLine(string alias)
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        HostileSites.SpoilAndBuild(site, () => site.WriteFile(PagePath, HostileSites.Page("A", "B.", $"aliases: [\"{alias}\"]\n")));
        site.AssertDiagnostic("SITE027", PagePath, 4);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "outside")));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "etc")));
    }

    [Fact]
    public void SymlinkLeavingInput_IsSite027NamingTheLink()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        var outside = Path.Combine(site.Root, "secret.vi.md");
        File.WriteAllText(outside, HostileSites.Page("Bí mật", "mật khẩu"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "pages", "secret.vi.md"), outside);
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE027", "input/pages/secret.vi.md", 1);
        Assert.Contains("leaves input/", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void SymlinkedFolderLeavingInput_IsSite027()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        Directory.CreateDirectory(Path.Combine(site.Root, "elsewhere"));
        File.WriteAllText(Path.Combine(site.Root, "elsewhere", "x.vi.md"), HostileSites.Page("X", "x"));
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "pages", "more"), Path.Combine(site.Root, "elsewhere"));
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE027", "input/pages/more", 1);
    }

    [Fact]
    public void SymlinkInsideInput_IsFollowed()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        Directory.CreateDirectory(Path.Combine(site.Input, "shared"));
        File.WriteAllText(Path.Combine(site.Input, "shared", "note.txt"), "x");
        File.CreateSymbolicLink(Path.Combine(site.Input, "pages", "copy.vi.md"), Path.Combine(site.Input, "pages", "about.vi.md"));
        site.Build();
        site.AssertNoDiagnostic("SITE027");
        site.AssertFile("vi/copy/index.html", "<title>Giới thiệu", "Văn bản."); // the linked file's text, published under the link's name
    }

    [Fact]
    public void SymlinkLoop_IsSite027_AndTheBuildEnds()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "pages", "loop"), Path.Combine(site.Input, "pages"));
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE027", "input/pages/loop", 1);
        Assert.Contains("loop", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SymlinkToItself_IsSite027()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        File.CreateSymbolicLink(Path.Combine(site.Input, "pages", "a.vi.md"), Path.Combine(site.Input, "pages", "b.vi.md"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "pages", "b.vi.md"), Path.Combine(site.Input, "pages", "a.vi.md"));
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE027", "input/pages/a.vi.md", 1);
        site.AssertDiagnostic("SITE027", "input/pages/b.vi.md", 1);
    }

    [Fact]
    public void LinkWhoseTargetDiffersOnlyInCase_IsSite036()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/contact.vi.md", HostileSites.Page("Liên hệ", "Xem [giới thiệu](About.md)."));
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE036", "input/pages/contact.vi.md", 6);
        Assert.Contains("pages/about.md", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkLeavingInput_IsSite027()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile("input/pages/contact.vi.md", HostileSites.Page("Liên hệ", "Xem [x](../../../etc/passwd.md)."));
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE027", "input/pages/contact.vi.md", 6);
    }

    [Fact]
    public async Task NamedPipeInInput_IsAnErrorAtItsName_AndTheBuildEnds()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        var pipe = Path.Combine(site.Input, "pages", "pipe.vi.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Reading a pipe that no one writes blocks for ever: the build must end on its own.
        var result = await Task.Run(() => site.Build()).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Contains(result.Diagnostics, d => d.Severity == Site.Diagnostics.Severity.Error && d.File == "input/pages/pipe.vi.md");
    }
}
