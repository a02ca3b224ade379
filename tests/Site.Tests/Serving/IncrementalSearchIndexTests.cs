using System.Security.Cryptography;
using System.Text.Json;
using Site.Build;
using Site.Tests.Support;

namespace Site.Tests.Serving;

/// <summary>
/// `serve` updates the search index after a body edit instead of rebuilding it (SearchIndexBuilder.Update): only the
/// word chunks that hold a changed word are cut again. Each test makes an edit that reaches the chunks in one way (a
/// chunk's postings change, a cut moves, a chunk goes, a word sorts before every other) on a site whose index has
/// several chunks, checks that the edit did what it is meant to (so that the test tests that case), and compares every
/// file with a clean build of the same input.
/// </summary>
public class IncrementalSearchIndexTests
{
    /// <summary>Distinct words "w0000"…, about 8 characters of postings each: 4,000 of them make four or five chunks of 8,192.</summary>
    private static string Words(int from, int count, string prefix = "w") =>
        string.Join(' ', Enumerable.Range(from, count).Select(i => $"{prefix}{i:0000}"));

    private static readonly string Site = ServingSites.WithAboutPage + $"""

        -- input/pages/words.vi.md --
        ---
        title: "Từ"
        summary: "Trang nhiều từ."
        ---

        {Words(0, 4000)}
        -- input/pages/other.vi.md --
        ---
        title: "Trang khác"
        summary: "Một trang khác."
        ---

        Chữ.
        """;

    [Fact]
    public void AWordOfAnotherPage_ChangesItsChunk_AsACleanBuildWrites()
    {
        var (before, after) = EditAndCompare("pages/other.vi.md", "\nw2000 w2001.\n");
        Assert.Equal(before.Files[0], after.Files[0]); // The words are in a later chunk: the first is as it was…
        Assert.NotEqual(before.Files, after.Files); // …and a later one changed.
    }

    [Fact]
    public void ManyNewWords_MoveTheCutsAfterThem_AsACleanBuildWrites()
    {
        var (before, after) = EditAndCompare("pages/other.vi.md", $"\n{Words(0, 600, "w0000x")}\n");
        Assert.Equal(before.Chunks[0], after.Chunks[0]);
        Assert.NotEqual(before.Chunks.Skip(1), after.Chunks.Skip(1)); // The first chunk filled sooner: every later cut moved.
    }

    [Fact]
    public void WordsRemoved_LeaveFewerChunks_AsACleanBuildWrites()
    {
        var (before, after) = EditAndCompare("pages/words.vi.md", "\nw0001.\n", replace: true);
        Assert.True(after.Chunks.Count < before.Chunks.Count, $"{before.Chunks.Count} chunks before, {after.Chunks.Count} after");
    }

    [Fact]
    public void AWordBeforeEveryOther_BecomesTheFirstChunksFirst_AsACleanBuildWrites()
    {
        var (before, after) = EditAndCompare("pages/other.vi.md", "\naaa.\n");
        Assert.NotEqual("aaa", before.Chunks[0]);
        Assert.Equal("aaa", after.Chunks[0]);
    }

    [Fact]
    public void EditsInTurn_EachAsACleanBuildWrites()
    {
        using var site = TestSite.Create(Site);
        var options = Options(site);
        var cache = new BuildCache();
        Assert.True(SiteBuilder.Build(options, cache: cache).Succeeded);
        var words = Path.Combine(site.Input, "pages/words.vi.md");
        var text = File.ReadAllText(words);
        string[] edits = [$"\n{Words(1000, 300, "w1000y")}\n", "\nw3999 w3999 w0000.\n", "\nChữ chữ.\n", $"\n{Words(0, 500, "w3000z")}\n"];
        for (var step = 0; step < edits.Length; step++)
        {
            File.AppendAllText(Path.Combine(site.Input, "pages/other.vi.md"), edits[step]);
            if (step == 2)
            {
                File.WriteAllText(words, text.Replace("w2500", "w2500 w2500 w2500", StringComparison.Ordinal)); // Two pages at once.
                cache.NoteChange("pages/words.vi.md");
            }

            cache.NoteChange("pages/other.vi.md");
            var served = SiteBuilder.Build(options, cache: cache);
            Assert.True(served.Incremental, $"edit {step} was rebuilt in full");
            AssertSameAsClean(site, options, $"after edit {step}");
        }
    }

    private static BuildOptions Options(TestSite site) =>
        new() { InputDirectory = site.Input, ThemeDirectory = Path.Combine(site.Root, "theme"), OutputDirectory = site.Output, LiveReload = true, BaseUrl = "/" };

    /// <summary>Builds under serve, makes the edit (appended, or the body replaced), rebuilds, compares with a clean build; the index before and after.</summary>
    private static (Index Before, Index After) EditAndCompare(string page, string text, bool replace = false)
    {
        using var site = TestSite.Create(Site);
        var options = Options(site);
        var cache = new BuildCache();
        Assert.True(SiteBuilder.Build(options, cache: cache).Succeeded);
        var before = Read(site.Output);
        Assert.True(before.Chunks.Count >= 4, $"the test site's index has {before.Chunks.Count} chunks: too few to test cuts");
        var file = Path.Combine(site.Input, page);
        if (replace)
        {
            var source = File.ReadAllText(file);
            File.WriteAllText(file, source[..(source.LastIndexOf("---", StringComparison.Ordinal) + 3)] + "\n" + text);
        }
        else
        {
            File.AppendAllText(file, text);
        }

        cache.NoteChange(page);
        var served = SiteBuilder.Build(options, cache: cache);
        Assert.True(served.Succeeded, string.Join("; ", served.Diagnostics));
        Assert.True(served.Incremental, "a body edit was rebuilt in full");
        AssertSameAsClean(site, options, $"after editing {page}");
        return (before, Read(site.Output));
    }

    private static void AssertSameAsClean(TestSite site, BuildOptions options, string where)
    {
        var clean = Path.Combine(site.Root, "clean");
        var built = SiteBuilder.Build(options with { OutputDirectory = clean });
        Assert.True(built.Succeeded, $"{where}: the clean build failed: {string.Join("; ", built.Diagnostics)}");
        var want = Hashes(clean);
        var got = Hashes(site.Output);
        Assert.True(want.Keys.Order(StringComparer.Ordinal).SequenceEqual(got.Keys.Order(StringComparer.Ordinal)),
            $"{where}: only in the clean build: {string.Join(", ", want.Keys.Except(got.Keys))}; only under serve: {string.Join(", ", got.Keys.Except(want.Keys))}");
        var differing = want.Keys.Where(k => want[k] != got[k]).Order(StringComparer.Ordinal).ToList();
        Assert.True(differing.Count == 0, $"{where}: these files differ from the clean build's: {string.Join(", ", differing)}");
        Directory.Delete(clean, recursive: true);
    }

    /// <summary>The Vietnamese index: each chunk's first word (from the meta file) and each chunk file's hash.</summary>
    private sealed record Index(List<string> Chunks, List<string> Files);

    private static Index Read(string output)
    {
        using var meta = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "vi", "search-index.json")));
        var chunks = meta.RootElement.GetProperty("c").EnumerateArray().Select(c => c.GetString()!).ToList();
        var files = Enumerable.Range(0, chunks.Count)
            .Select(i => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(output, "vi", "search-index", $"w{i}.json"))))).ToList();
        return new Index(chunks, files);
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
