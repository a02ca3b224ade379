using System.Diagnostics;
using System.Text.RegularExpressions;
using Site.Tests.Support;

namespace Site.Tests.Tool;

/// <summary>
/// The tool as a press officer gets it: `dotnet pack` makes a .NET tool package, `dotnet tool install --tool-path`
/// installs it from that package alone, and the installed `site` starts, creates a report site outside this
/// repository and builds it with the theme and fonts it carries inside.
/// </summary>
public sealed partial class InstalledToolTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-tool-" + Guid.NewGuid().ToString("N")[..10]);

    [Fact]
    public void PackedTool_Installs_StartsAndBuildsANewSite_FarFromThisRepository()
    {
        var packages = Path.Combine(_root, "packages");
        var tools = Path.Combine(_root, "tools");

        // The command line is already built with the tests (they reference it), in the configuration the tests run in.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        Run("dotnet", _root, "pack", Path.Combine(TestSite.RepositoryRoot, "src", "Site.Cli", "Site.Cli.csproj"), "--no-build", "-c", configuration, "-o", packages, "--nologo");
        var package = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        var id = PackageName().Match(Path.GetFileName(package)).Groups["id"].Value;
        Run("dotnet", _root, "tool", "install", id, "--tool-path", tools, "--add-source", packages);

        var site = Path.Combine(tools, OperatingSystem.IsWindows() ? "site.exe" : "site");
        Assert.Matches(@"^\d+\.\d+\.\d+", Run(site, _root, "--version").Output);

        // A new site in a folder with no theme/ of its own: the build uses the theme inside the tool.
        var report = Path.Combine(_root, "bao-cao-yen-bai");
        Run(site, _root, "init", report, "--issuer-vi", "Ủy ban nhân dân tỉnh Yên Bái", "--issuer-en", "People's Committee of Yên Bái Province", "--edition", "2026-05", "--lang", "vi");
        Assert.False(Directory.Exists(Path.Combine(report, "theme")), "init wrote a theme/: the test would not show that the tool carries its own");
        var build = Run(site, report, "build", "--lang", "vi");
        Assert.Contains("số trang", build.Output + build.Errors, StringComparison.Ordinal);
        var home = File.ReadAllText(Path.Combine(report, "_site", "index.html"));
        Assert.Contains("Ủy ban nhân dân tỉnh Yên Bái", home, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(report, "_site", "assets", "site.css")), "the tool's stylesheet was not published");

        // Preview cards are drawn with the fonts the tool carries (theme/fonts), not with any font of the machine.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(report, "_site", "previews"), "*.png", SearchOption.AllDirectories));
    }

    /// <summary>"BaoCao.Site.0.1.0.nupkg": the package id before its version.</summary>
    [GeneratedRegex(@"^(?<id>.+?)\.\d+\.\d+\.\d+.*\.nupkg$")]
    private static partial Regex PackageName();

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Runs a program to its end; a non-zero exit fails the test with everything it printed.</summary>
    private static (string Output, string Errors) Run(string program, string folder, params string[] args)
    {
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The tool's own cache and NuGet's stay inside the test's folder, and no first-run banner is printed.
        start.Environment["SITE_CACHE_DIR"] = Path.Combine(folder, ".cache");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(4)), $"{program} {string.Join(' ', args)} did not finish");
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(program)} {string.Join(' ', args)} exited with {process.ExitCode}:\n{output.Result}\n{errors.Result}");
        return (output.Result, errors.Result);
    }
}
