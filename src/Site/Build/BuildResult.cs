using Site.Diagnostics;
namespace Site.Build;

/// <summary>What a build did: its diagnostics, how many pages per language, how long it took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    int FileCount,
    TimeSpan Elapsed,
    bool Strict)
{
    /// <summary>What input/published-urls.txt should hold after this build (written by `site urls`), made only when asked for.</summary>
    public Lazy<string>? PublishedUrls { get; init; }

    /// <summary>How long each stage took (none when the build stopped before its first stage ended).</summary>
    public StageTimings Timings { get; init; } = new();

    /// <summary>True when `serve` rebuilt only what an edit touched (see <see cref="IncrementalRebuild"/>), false after a full build.</summary>
    public bool Incremental => Timings.Stages.Any(s => s.Stage == IncrementalStage);

    /// <summary>The stage mark of an incremental rebuild.</summary>
    internal const string IncrementalStage = "incremental";

    public int ErrorCount => Diagnostics.Count(d => d.FailsBuild(Strict));

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning && !d.FailsBuild(Strict));

    public bool Succeeded => ErrorCount == 0;
}
