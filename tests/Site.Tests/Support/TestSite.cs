using System.Text;
using Site.Diagnostics;
using Site.Build;

namespace Site.Tests.Support;

/// <summary>
/// A small site written inline, in the manner of Hugo's integration tests: sections `-- path --` followed by the
/// file's text. Files under `input/` and `theme/` are written to a fresh folder; the real theme is used unless the
/// test writes its own layouts.
/// </summary>
public sealed class TestSite : IDisposable
{
    public static readonly string RepositoryRoot = FindRoot();

    public const string MinimalSite = """
        -- input/site.yml --
        title: { vi: "Trang thử", en: "Test site" }
        base_url: "https://example.org/repo/"
        languages: [vi, en]
        -- input/editions/2022-05/edition.yml --
        title: { vi: "Báo cáo thử", en: "Test report" }
        date: "2022-05"
        issuer: { vi: "UBND tỉnh", en: "Provincial People's Committee" }
        status: published
        """;

    private TestSite(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "_site");

    public BuildResult? Result { get; private set; }

    /// <summary>Writes the files of <paramref name="files"/>; the real i18n strings and theme are added unless given.</summary>
    public static TestSite Create(string files, bool withRealStrings = true, bool withRealTheme = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "site-test-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        if (withRealStrings)
        {
            CopyDirectory(Path.Combine(RepositoryRoot, "input", "i18n"), Path.Combine(root, "input", "i18n"));
        }

        if (withRealTheme)
        {
            CopyDirectory(Path.Combine(RepositoryRoot, "theme"), Path.Combine(root, "theme"));
        }

        site.Write(files);
        return site;
    }

    public void Write(string files)
    {
        string? path = null;
        var text = new StringBuilder();
        foreach (var line in files.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("-- ", StringComparison.Ordinal) && trimmed.EndsWith(" --", StringComparison.Ordinal) && trimmed.Length > 6)
            {
                Flush();
                path = trimmed[3..^3].Trim();
                text.Clear();
            }
            else if (path is not null)
            {
                text.Append(line).Append('\n');
            }
        }

        Flush();

        void Flush()
        {
            if (path is not null)
            {
                WriteFile(path, text.ToString());
            }
        }
    }

    public void WriteFile(string path, string text) => WriteBytes(path, new UTF8Encoding(false).GetBytes(text));

    public void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public BuildResult Build(bool strict = false, bool drafts = false, string? baseUrl = null, bool write = true, string? cacheDirectory = null)
    {
        Result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = Input,
            ThemeDirectory = Path.Combine(Root, "theme"),
            OutputDirectory = Output,
            Strict = strict,
            Drafts = drafts,
            BaseUrl = baseUrl,
            CacheDirectory = cacheDirectory,
        }, write);
        return Result;
    }

    /// <summary>Builds and fails the test, listing the diagnostics, if the build did not succeed.</summary>
    public BuildResult BuildExpectingSuccess(bool strict = false, string? cacheDirectory = null)
    {
        var result = Build(strict, cacheDirectory: cacheDirectory);
        Assert.True(result.Succeeded, "build failed:\n" + string.Join('\n', result.Diagnostics));
        return result;
    }

    public BuildResult BuildExpectingError(bool strict = false)
    {
        var result = Build(strict);
        Assert.False(result.Succeeded, "the build succeeded but an error was expected");
        return result;
    }

    /// <summary>Asserts a diagnostic with this code on this file (its path ends with <paramref name="file"/>) and line.</summary>
    public Diagnostic AssertDiagnostic(string code, string file, int? line = null)
    {
        var all = Result!.Diagnostics;
        var match = all.FirstOrDefault(d => d.Code == code && d.File.EndsWith(file, StringComparison.Ordinal) && (line is null || d.Line == line));
        Assert.True(match is not null, $"expected {code} at {file}({line}); got:\n{string.Join('\n', all)}");
        return match!;
    }

    public void AssertNoDiagnostic(string code)
    {
        var found = Result!.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 0, $"unexpected {code}:\n{string.Join('\n', found)}");
    }

    public string ReadOutput(string path)
    {
        var full = Path.Combine(Output, path);
        Assert.True(File.Exists(full), $"{path} was not written; output has:\n{string.Join('\n', ListOutput().Take(80))}");
        return File.ReadAllText(full);
    }

    public IEnumerable<string> ListOutput() => Directory.Exists(Output)
        ? Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)
        : [];

    /// <summary>Each expectation is a "contains" check; one starting with "! " must not be contained.</summary>
    public void AssertFile(string path, params string[] expectations)
    {
        var text = ReadOutput(path);
        foreach (var expectation in expectations)
        {
            if (expectation.StartsWith("! ", StringComparison.Ordinal))
            {
                Assert.False(text.Contains(expectation[2..], StringComparison.Ordinal), $"{path} must not contain '{expectation[2..]}'");
            }
            else
            {
                Assert.True(text.Contains(expectation, StringComparison.Ordinal), $"{path} should contain '{expectation}'; it is:\n{text[..Math.Min(text.Length, 3000)]}");
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static string FindRoot()
    {
        for (var directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Site.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException("Site.sln not found above the test assembly");
    }
}
