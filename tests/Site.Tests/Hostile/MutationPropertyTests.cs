using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using Site.Build;
using Site.Diagnostics;
using Site.Tests.Support;
using Xunit.Abstractions;

namespace Site.Tests.Hostile;

/// <summary>
/// Whatever an editor does to the real input — cut a file short, paste bytes, swap or repeat lines, lose a key, type
/// any character — the build ends in diagnostics that name a file and a line (or succeeds): never an exception, and
/// never a change to the site already published.
/// </summary>
public partial class MutationPropertyTests(ITestOutputHelper output)
{
    /// <summary>The number of mutations per run; fixed with the seed, so that a failure is found again by running again.</summary>
    private const int Mutations = 300;

    /// <summary>Every this many mutations, the build also writes, to prove a failed build leaves the published site as it was.</summary>
    private const int WriteEvery = 30;

    private const string Seed = "0N0XIzNsQ0O2";

    /// <summary>Characters editors and attackers paste: direction controls, zero-width, NUL, YAML and Liquid syntax, markup.</summary>
    private static readonly string[] Nasty =
    [
        "\u202E", "\u2066", "\u200B", "\uFEFF", "\u00AD", "\0", "\t", "\r", "\u0007", "\u001B", "\u0085", "\uFFFF", ": ", "- ", "---\n", "{{", "{%", "}}", "\"", "'", "&a", "*a", "[", "{",
        "<script>alert(1)</script>", "\" onmouseover=\"x", "javascript:", "../", "\\", "0000-01-31", "2022-13-45", "ảnh", "Đ", "e\u0301", "😀", "\uD800",
    ];

    [Fact]
    public void RandomMutationsOfTheRealInput_EndInPositionedDiagnosticsOrSuccess_NeverAnException_NeverTouchingThePublishedSite()
    {
        using var work = RealInputCopy();
        var files = Directory.EnumerateFiles(work.Input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var originals = files.ToDictionary(f => f, File.ReadAllBytes);
        var options = Options(work);
        Assert.True(SiteBuilder.Build(options).Succeeded, "the real input must build before it is mutated");
        var published = Snapshot(work.Output);
        var cache = new BuildCache();
        var (count, failed, written) = (0, 0, 0);
        var stages = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;

        Gen.Select(Gen.Int[0, files.Length - 1], Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Byte.Array[1, 12], Text)
            .Select((file, kind, a, b, bytes, text) => new Mutation(files[file], (MutationKind)kind, a, b, bytes, text))
            .Sample(mutation =>
            {
                var path = mutation.File;
                try
                {
                    File.WriteAllBytes(path, mutation.Apply(originals[path]));
                    var write = ++count % WriteEvery == 0;
                    var result = BuildWithoutException(options, write, write ? null : cache, mutation);
                    AssertPositioned(result, mutation);
                    failed += result.Succeeded ? 0 : 1;
                    foreach (var (stage, elapsed) in result.Timings.Stages)
                    {
                        stages[stage] = stages.GetValueOrDefault(stage) + elapsed;
                    }

                    if (write)
                    {
                        written++;
                        AssertPublishedSite(work, result, ref published, mutation);
                    }
                }
                finally
                {
                    File.WriteAllBytes(path, originals[path]);
                }
            }, seed: Seed, iter: Mutations, threads: 1, print: m => m.ToString());

        // CPU time as well as wall time: on a shared machine the wall time says more about the neighbours than the test.
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        output.WriteLine($"{count} mutations ({failed} ended in errors, {count - failed} built; {written} of them wrote) in {clock.Elapsed.TotalSeconds:0.0} s, {cpuSeconds:0.0} s of CPU");
        output.WriteLine(string.Join(", ", stages.Select(s => $"{s.Key} {s.Value.TotalSeconds:0.0} s")));
        Assert.True(count >= Mutations, $"only {count} mutations ran");
        Assert.True(failed > count / 4, $"only {failed} of {count} mutations broke the build: the mutations are too gentle to prove anything");
    }

    /// <summary>Mutations that ended in a stack trace before this check existed (or were published): each is now a positioned diagnostic.</summary>
    [Theory]
    [InlineData("editions/2022-05/edition.yml", "date: \"2022-05\"", "date: \"0000-01-31\"")]
    [InlineData("editions/2022-05/edition.yml", "date: \"2022-05\"", "date: \"2022-05-00\"")]
    [InlineData("site.yml", "title:", "  bad: [\ntitle:")]
    [InlineData("editions/2022-05/stories/hoang-tung.vi.md", "title: \"", "title: \"\u0007\u001B")]
    public void MutationThatOnceCrashedOrWasPublished_IsNowAPositionedDiagnostic(string file, string find, string replace)
    {
        using var work = RealInputCopy();
        var path = Path.Combine(work.Input, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        var mutation = new Mutation(path, MutationKind.InsertText, 0, 0, [], replace);
        var result = BuildWithoutException(Options(work), write: false, cache: null, mutation);
        AssertPositioned(result, mutation);
        Assert.Contains(result.Diagnostics, d => d.Severity is Severity.Error or Severity.Warning && d.File.EndsWith(file, StringComparison.Ordinal) && d.Line >= 1);
    }

    private static BuildResult BuildWithoutException(BuildOptions options, bool write, BuildCache? cache, Mutation mutation)
    {
        try
        {
            return SiteBuilder.Build(options, write, cache);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{mutation}: the build threw {e}");
        }
    }

    private static void AssertPositioned(BuildResult result, Mutation mutation)
    {
        foreach (var error in result.Diagnostics.Where(d => d.FailsBuild(strict: false)))
        {
            Assert.True(error.File.Length > 0 && error.Line >= 1, $"{mutation}: an error without a file and line: {error}");
        }
    }

    private static void AssertPublishedSite(TestSite work, BuildResult result, ref Dictionary<string, string> published, Mutation mutation)
    {
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(work.Root).Select(Path.GetFileName), e => e!.StartsWith("_site.", StringComparison.Ordinal));
        var now = Snapshot(work.Output);
        if (result.Succeeded)
        {
            published = now; // A build that succeeded publishes: that is its job.
            return;
        }

        Assert.True(published.Count > 0 && published.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(now.OrderBy(p => p.Key, StringComparer.Ordinal)),
            $"{mutation}: a failed build changed the published site");
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    /// <summary>A copy of the real input/ in a fresh folder; the real theme is copied too, and only input/ is mutated.</summary>
    private static TestSite RealInputCopy()
    {
        var site = TestSite.Create(string.Empty, withRealStrings: false);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestSite.RepositoryRoot, "input"), "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.Combine("input", Path.GetRelativePath(Path.Combine(TestSite.RepositoryRoot, "input"), file)), File.ReadAllBytes(file));
        }

        return site;
    }

    private static BuildOptions Options(TestSite work) => new()
    {
        InputDirectory = work.Input,
        ThemeDirectory = Path.Combine(work.Root, "theme"),
        OutputDirectory = work.Output,
        CacheDirectory = Path.Combine(work.Root, "cache"),
    };

    /// <summary>Any Unicode scalar, or one of <see cref="Nasty"/>, a few at a time.</summary>
    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.Int[1, 0x10FFFF].Where(c => c is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32),
            Gen.Int[0, Nasty.Length - 1].Select(i => Nasty[i]))
        .Array[1, 6]
        .Select(parts => string.Concat(parts));

    private enum MutationKind
    {
        Truncate,
        InsertBytes,
        SwapLines,
        DuplicateLine,
        DeleteKey,
        InsertText,
    }

    private sealed partial record Mutation(string File, MutationKind Kind, int A, int B, byte[] Bytes, string Inserted)
    {
        public byte[] Apply(byte[] original)
        {
            var text = Encoding.UTF8.GetString(original);
            var lines = text.Split('\n').ToList();
            switch (Kind)
            {
                case MutationKind.Truncate:
                    return original[..(A % Math.Max(original.Length, 1))];
                case MutationKind.InsertBytes:
                    var at = A % (original.Length + 1);
                    return [.. original[..at], .. Bytes, .. original[at..]];
                case MutationKind.SwapLines:
                    var (i, j) = (A % lines.Count, B % lines.Count);
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case MutationKind.DuplicateLine:
                    lines.Insert(A % lines.Count, lines[A % lines.Count]);
                    break;
                case MutationKind.DeleteKey:
                    var keys = lines.Select((line, index) => (line, index)).Where(l => KeyLine().IsMatch(l.line)).ToList();
                    if (keys.Count > 0)
                    {
                        lines.RemoveAt(keys[A % keys.Count].index);
                    }

                    break;
                case MutationKind.InsertText:
                    var position = A % (text.Length + 1);
                    return Encoding.UTF8.GetBytes(text[..position] + Inserted + text[position..]);
            }

            return Encoding.UTF8.GetBytes(string.Join('\n', lines));
        }

        public override string ToString() =>
            $"{Kind} in {Path.GetFileName(File)} (a={A}, b={B}, bytes={Convert.ToHexString(Bytes)}, text={string.Concat(Inserted.Select(c => $"\\u{(int)c:X4}"))})";

        [GeneratedRegex(@"^\s*(- )?[A-Za-z_][A-Za-z0-9_]*:")]
        private static partial Regex KeyLine();
    }
}
