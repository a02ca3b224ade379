using Site.Diagnostics;
using System.Diagnostics;

namespace Site.Build;

/// <summary>
/// How long each stage of one build took, in the order they ran: `site build --timings` prints them, and the
/// benchmark reads them to find where time goes.
/// </summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _stages = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages => _stages;

    /// <summary>Records the time since the previous mark (or the start) as <paramref name="stage"/>.</summary>
    public void Mark(string stage)
    {
        _stages.Add((stage, _clock.Elapsed));
        _clock.Restart();
    }
}
