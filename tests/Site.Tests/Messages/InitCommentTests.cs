using Site.Diagnostics;
using Site.Scaffolding;

namespace Site.Tests.Messages;

/// <summary>`site init` writes the comments of its files in the editor's language, and no template marker is left.</summary>
public sealed class InitCommentTests : IDisposable
{
    private static readonly NewSite YenBai = new(
        new Dictionary<string, string> { ["vi"] = "Ủy ban nhân dân tỉnh Yên Bái", ["en"] = "People's Committee of Yên Bái Province" },
        "https://example.org/bao-cao/",
        "2026-05");

    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-init-lang-" + Guid.NewGuid().ToString("N")[..10]);

    [Fact]
    public void InVietnamese_TheCommentsAreVietnamese()
    {
        var folder = Path.Combine(_root, "vi");
        SiteScaffolder.Create(folder, YenBai, MessageCatalog.Find("vi"));
        Assert.Contains("# Thiết lập chung của trang web.", File.ReadAllText(Path.Combine(folder, "input", "site.yml")), StringComparison.Ordinal);
        Assert.Contains("# Một bảng phụ lục, chép đúng như bản công bố.", File.ReadAllText(Path.Combine(folder, "input", "editions", "2026-05", "appendices", "05.yml")), StringComparison.Ordinal);
        AssertNoMarkerIn(folder);
    }

    [Fact]
    public void InEnglish_TheCommentsAreEnglish()
    {
        var folder = Path.Combine(_root, "en");
        SiteScaffolder.Create(folder, YenBai, MessageCatalog.Source);
        Assert.Contains("# Site-wide settings.", File.ReadAllText(Path.Combine(folder, "input", "site.yml")), StringComparison.Ordinal);
        Assert.Contains("# An appendix table, transcribed exactly as published.", File.ReadAllText(Path.Combine(folder, "input", "editions", "2026-05", "appendices", "05.yml")), StringComparison.Ordinal);
        AssertNoMarkerIn(folder);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static void AssertNoMarkerIn(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count > 10, $"only {files.Count} files written");
        Assert.DoesNotContain(files, f => File.ReadAllText(f).Contains("{{say:", StringComparison.Ordinal));
    }
}
