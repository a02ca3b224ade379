using System.Globalization;
using Site.Diagnostics;
using Site.Build;

namespace Site.Cli.Commands;

/// <summary>Prints a build's diagnostics (compiler format, to stderr) and its one-line summary, in the editor's language.</summary>
internal static class BuildReport
{
    /// <summary>What the summary says a successful `build` did.</summary>
    public static Translatable Built => $"built";

    /// <summary>What the summary says a successful `check` (or `urls` that stopped at errors) did.</summary>
    public static Translatable Checked => $"checked";

    public static int Print(BuildResult result, Translatable done, MessageCatalog messages)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            var shown = diagnostic.FailsBuild(result.Strict) ? diagnostic with { Severity = Severity.Error } : diagnostic;
            Console.Error.WriteLine(shown.ToString(messages));
        }

        var pages = string.Join(", ", result.PagesPerLanguage.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value} {p.Key}"));
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        Translatable status = result.Succeeded ? done : Failed;
        Console.WriteLine(messages.Say($"{status}: {(pages.Length == 0 ? "0" : pages)} pages, {result.FileCount} files, {result.WarningCount} warnings, {result.ErrorCount} errors in {seconds} s"));
        return result.Succeeded ? 0 : 1;
    }

    /// <summary>One line per stage, e.g. "  render     412 ms".</summary>
    public static void PrintTimings(BuildResult result, MessageCatalog messages)
    {
        foreach (var (stage, elapsed) in result.Timings.Stages)
        {
            Console.WriteLine($"  {stage,-10} {elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),6} ms");
        }

        // The garbage collector stops every thread while it works: on a large site its pauses are a stage of their own.
        var pause = GC.GetTotalPauseDuration().TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        Console.WriteLine(messages.Say($"  gc pauses  {pause,6} ms ({GC.CollectionCount(0)} collections, {GC.CollectionCount(1)} of generation 1, {GC.CollectionCount(2)} of generation 2)"));
    }

    private static Translatable Failed => $"failed";
}
