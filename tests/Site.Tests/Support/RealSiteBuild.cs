using Site.Diagnostics;
using Site.Build;

namespace Site.Tests.Support;

/// <summary>The real input/ built once per test run (strict), shared by every fixture that reads it.</summary>
internal static class RealSiteBuild
{
    private static readonly Lazy<(string Output, BuildResult Result)> Shared = new(Build);

    public static string Output => Shared.Value.Output;

    public static BuildResult Result => Shared.Value.Result;

    private static (string, BuildResult) Build()
    {
        var output = Path.Combine(Path.GetTempPath(), "real-site-" + Guid.NewGuid().ToString("N")[..8]);
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = Path.Combine(TestSite.RepositoryRoot, "input"),
            ThemeDirectory = Path.Combine(TestSite.RepositoryRoot, "theme"),
            OutputDirectory = output,
            Strict = true,
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(output, recursive: true);
            }
            catch (IOException)
            {
                // Temp output left behind is harmless.
            }
        };
        return (output, result);
    }
}
