using Site.Diagnostics;
using Site.Build;
using Site.Tests.Support;

namespace Site.Tests.Hostile;

public class OutputTests
{
    [Fact]
    public void BuildKilledWhileWriting_IsCleanedUpByTheNextBuild()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.BuildExpectingSuccess();
        var staging = Path.Combine(site.Root, "_site.staging-12345");
        var old = Path.Combine(site.Root, "_site.old-12345");
        Directory.CreateDirectory(Path.Combine(staging, "vi", "about"));
        File.WriteAllText(Path.Combine(staging, "vi", "about", "index.html"), "<p>half written");
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, "index.html"), "stale");
        site.WriteFile("input/pages/about.vi.md", HostileSites.Page("Bản mới", "Nội dung mới."));
        site.BuildExpectingSuccess();
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(old));
        site.AssertFile(HostileSites.PageOutput, "Nội dung mới.", "! half written");
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root).Select(Path.GetFileName), d => d!.StartsWith("_site.", StringComparison.Ordinal));
    }

    [Fact]
    public void OutputPathIsARegularFile_IsSite082NamingThePath_AndTheFileIsKept()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        File.WriteAllText(site.Output, "not a folder");
        var result = site.BuildExpectingError();
        var diagnostic = Assert.Single(HostileSites.Errors(result));
        Assert.Equal("SITE082", diagnostic.Code);
        Assert.Equal(Path.GetFullPath(site.Output), diagnostic.File);
        Assert.Equal("not a folder", File.ReadAllText(site.Output));
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root).Select(Path.GetFileName), d => d!.StartsWith("_site.", StringComparison.Ordinal));
    }

    [Fact]
    public void OutputParentIsARegularFile_IsSite082()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        var blocker = Path.Combine(site.Root, "blocker");
        File.WriteAllText(blocker, "x");
        var output = Path.Combine(blocker, "_site");
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = Path.Combine(site.Root, "theme"),
            OutputDirectory = output,
        });
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("SITE082", diagnostic.Code);
        Assert.Equal(Path.GetFullPath(output), diagnostic.File);
    }
}
