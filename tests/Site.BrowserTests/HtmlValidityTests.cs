using System.Diagnostics;
using Site.BrowserTests.Support;
using Xunit.Abstractions;

namespace Site.BrowserTests;

/// <summary>Every page of the real site is valid HTML: zero errors from the Nu Html Checker (vnu.jar, run once over the output).</summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlValidityTests(SiteServerFixture site, ITestOutputHelper output)
{
    private const string VnuVersion = "26.9.27";

    /// <summary>npm installs vnu-jar here once; the folder is ignored by git and reused by later runs.</summary>
    private static readonly string ToolsFolder = Path.Combine(SiteServerFixture.RepositoryRoot, "tests", "Site.BrowserTests", ".tools");

    [Fact]
    public async Task EveryPage_IsValidHtml()
    {
        var jar = await FindOrInstallVnuAsync();
        var (exit, stdout, stderr) = await RunAsync("java", ["-jar", jar, "--errors-only", "--format", "gnu", "--skip-non-html", site.Output], TimeSpan.FromMinutes(2));
        var errors = (stdout + "\n" + stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Replace(site.Output + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace("file:" + site.Output + "/", string.Empty, StringComparison.Ordinal))
            .ToList();
        output.WriteLine($"vnu exit code {exit}, {errors.Count} line(s), {site.HtmlFiles.Count} pages");
        Assert.True(exit == 0 && errors.Count == 0, $"the Nu Html Checker found {errors.Count} error(s) (exit {exit}):\n{string.Join('\n', errors.Take(200))}");
    }

    private static async Task<string> FindOrInstallVnuAsync()
    {
        if (Environment.GetEnvironmentVariable("SITE_VNU_JAR") is { Length: > 0 } given)
        {
            Assert.True(File.Exists(given), $"SITE_VNU_JAR is set to {given}, which does not exist");
            return given;
        }

        await EnsureJavaAsync();
        var jar = Path.Combine(ToolsFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        if (File.Exists(jar))
        {
            return jar;
        }

        Directory.CreateDirectory(ToolsFolder);
        (int Exit, string Out, string Err) npm;
        try
        {
            npm = await RunAsync("npm", ["install", "--prefix", ToolsFolder, "--no-audit", "--no-fund", "--ignore-scripts", "--no-save", $"vnu-jar@{VnuVersion}"], TimeSpan.FromMinutes(3));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("npm is not installed: the HTML check needs it once to fetch vnu-jar (apt-get install -y npm), or set SITE_VNU_JAR to a vnu.jar.");
        }

        Assert.True(File.Exists(jar), $"npm install vnu-jar did not produce {jar} (exit {npm.Exit}):\n{npm.Out}\n{npm.Err}");
        return jar;
    }

    private static async Task EnsureJavaAsync()
    {
        try
        {
            var (exit, _, err) = await RunAsync("java", ["-version"], TimeSpan.FromSeconds(30));
            if (exit != 0)
            {
                throw new InvalidOperationException($"'java -version' failed (exit {exit}): {err}. The HTML check runs vnu.jar and needs Java 11 or later: apt-get install -y default-jre-headless");
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("Java is not installed: the HTML check runs the Nu Html Checker (vnu.jar), which needs Java 11 or later. On Debian/Ubuntu: apt-get install -y default-jre-headless");
        }
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(string program, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds} s");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
