using System.Diagnostics;
using Site.Diagnostics;
using Site.Tests.Support;

namespace Site.Tests.Messages;

/// <summary>
/// The command line speaks the editor's language: Vietnamese on a machine whose LANG is vi_VN.UTF-8 or with --lang vi,
/// English with LANG=C; the code and the compiler form stay the same. The expected texts are written here by hand.
/// </summary>
public sealed class EditorLanguageTests : IDisposable
{
    private const string Broken = TestSite.MinimalSite + """

        -- input/pages/about.vi.md --
        ---
        title: "Giới thiệu"
        summary: "Trang giới thiệu."
        colour: "xanh"
        ---
        Nội dung.
        -- input/pages/about.en.md --
        ---
        title: "About"
        summary: "About page."
        ---
        Text.
        """;

    private readonly TestSite _site = TestSite.Create(Broken);

    [Fact]
    public void ABrokenSite_BuiltWithAVietnameseLang_IsToldInVietnamese()
    {
        var (code, output, errors) = Run(["build"], ("LANG", "vi_VN.UTF-8"));
        Assert.Equal(1, code);
        Assert.Contains("input/pages/about.vi.md(4,1): error SITE012: khóa 'colour' không có trong phần đầu (front matter) của trang này", errors, StringComparison.Ordinal);
        Assert.Contains("Các khóa được phép:", errors, StringComparison.Ordinal);
        Assert.StartsWith("thất bại:", output.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameSite_BuiltWithLangC_IsToldInEnglish_WithTheSameCode()
    {
        var (code, output, errors) = Run(["build"], ("LANG", "C"));
        Assert.Equal(1, code);
        Assert.Contains("input/pages/about.vi.md(4,1): error SITE012: unknown key 'colour' in this page's front matter", errors, StringComparison.Ordinal);
        Assert.Contains("Allowed keys:", errors, StringComparison.Ordinal);
        Assert.StartsWith("failed:", output.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
    }

    [Fact]
    public void TheOption_IsStrongerThanTheMachinesLanguage()
    {
        var (_, _, vietnamese) = Run(["build", "--lang", "vi"], ("LANG", "C"));
        var (_, _, english) = Run(["build", "--lang=en"], ("LC_ALL", "vi_VN.UTF-8"));
        Assert.Contains("error SITE012: khóa 'colour'", vietnamese, StringComparison.Ordinal);
        Assert.Contains("error SITE012: unknown key 'colour'", english, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHelp_IsInTheEditorsLanguage()
    {
        var (_, vietnamese, _) = Run(["build", "--help"], ("LANG", "vi_VN.UTF-8"));
        var (_, english, _) = Run(["build", "--help"], ("LANG", "C"));
        Assert.Contains("Tùy chọn:", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Coi cảnh báo là lỗi", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Options:", english, StringComparison.Ordinal);
        Assert.Contains("Treat warnings as errors", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi_VN.UTF-8", null, null, "vi")]
    [InlineData("C", null, null, "en")]
    [InlineData("C", "vi_VN.UTF-8", null, "vi")]
    [InlineData("vi_VN.UTF-8", null, "C", "en")]
    [InlineData("fr_FR.UTF-8", null, null, "en")]
    [InlineData("vi", null, null, "vi")]
    public void TheMachinesLanguage_FollowsPosix_LcAllThenLcMessagesThenLang(string lang, string? messages, string? all, string expected)
    {
        var environment = new Dictionary<string, string?> { ["LANG"] = lang, ["LC_MESSAGES"] = messages, ["LC_ALL"] = all };
        Assert.Equal(expected, EditorLanguage.Choose(null, name => environment.GetValueOrDefault(name)).Language);
    }

    [Fact]
    public void AnUnknownLanguage_IsRefused_NamingTheKnownOnes()
    {
        var (code, _, errors) = Run(["build", "--lang", "xx"], ("LANG", "C"));
        Assert.Equal(1, code);
        Assert.Contains("xx", errors, StringComparison.Ordinal);
        Assert.Contains("vi", errors, StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Runs the command line (Site.Cli.dll beside the tests) in the test site, with only the locale variables given.</summary>
    private (int Code, string Output, string Errors) Run(string[] args, params (string Name, string Value)[] locale)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Site.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var variable in EditorLanguage.Variables)
        {
            start.Environment.Remove(variable);
        }

        foreach (var (name, value) in locale)
        {
            start.Environment[name] = value;
        }

        start.Environment["SITE_CACHE_DIR"] = Path.Combine(_site.Root, ".cache");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the command line did not finish");
        return (process.ExitCode, output.Result, errors.Result);
    }
}
