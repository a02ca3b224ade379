using System.Diagnostics;
using System.Globalization;

namespace Site.Benchmarks;

/// <summary>One timed run of a command in a fresh process.</summary>
public sealed record RunResult(TimeSpan Wall, long PeakKb, int ExitCode, string Output)
{
    /// <summary>User + system CPU seconds (from /usr/bin/time; 0 without it): steadier than wall time on a busy machine.</summary>
    public double CpuSeconds { get; init; }
}

/// <summary>Runs commands as a user would (a cold process each time), with wall time and peak resident memory.</summary>
public static class Measure
{
    private const string TimeTool = "/usr/bin/time";

    public static bool HasTimeTool => File.Exists(TimeTool);

    /// <summary>
    /// Runs <paramref name="file"/> with <paramref name="arguments"/>. Peak memory is the maximum resident set size
    /// from /usr/bin/time -f %M (the whole process, GC heap and native memory); without it, VmHWM polled from /proc.
    /// </summary>
    public static RunResult Run(string file, IEnumerable<string> arguments, string? workingDirectory = null) => Run(file, arguments, Limit, workingDirectory);

    /// <summary>The longest a run may take before it is killed and counted as failed (<c>--timeout</c>): every run is bounded.</summary>
    public static TimeSpan Limit { get; set; } = TimeSpan.FromMinutes(15);

    public static RunResult Run(string file, IEnumerable<string> arguments, TimeSpan limit, string? workingDirectory = null)
    {
        var timeFile = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            };
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            if (HasTimeTool)
            {
                start.FileName = TimeTool;
                foreach (var argument in new[] { "-f", "%M %U %S", "-o", timeFile, file })
                {
                    start.ArgumentList.Add(argument);
                }
            }
            else
            {
                start.FileName = file;
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var output = new System.Text.StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            var clock = Stopwatch.StartNew();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            long polledPeak = 0;
            while (!process.WaitForExit(20))
            {
                if (!HasTimeTool)
                {
                    polledPeak = Math.Max(polledPeak, ReadHighWaterMarkKb(process.Id));
                }

                if (clock.Elapsed > limit)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                    return new RunResult(clock.Elapsed, 0, -1, $"{output}\nkilled after {limit.TotalSeconds:0} s (--timeout)");
                }
            }

            process.WaitForExit();
            clock.Stop();
            var (peak, cpu) = HasTimeTool ? ParseTimeFile(timeFile) : (polledPeak, 0);
            return new RunResult(clock.Elapsed, peak, process.ExitCode, output.ToString()) { CpuSeconds = cpu };
        }
        finally
        {
            File.Delete(timeFile);
        }
    }

    private static (long PeakKb, double CpuSeconds) ParseTimeFile(string path)
    {
        // "%M %U %S"; /usr/bin/time writes "Command exited with non-zero status N" before it on failure: take the last line.
        var last = File.ReadAllLines(path).LastOrDefault(l => l.Trim().Length > 0)?.Trim().Split(' ') ?? [];
        return last.Length == 3
            && long.TryParse(last[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb)
            && double.TryParse(last[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var user)
            && double.TryParse(last[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var system)
            ? (kb, user + system)
            : (0, 0);
    }

    /// <summary>The 1-minute load average: other work on the machine slows every wall time.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static long ReadHighWaterMarkKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public static (long Bytes, int Files, int HtmlFiles) DirectorySize(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return (0, 0, 0);
        }

        var files = new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        return (files.Sum(f => f.Length), files.Count, files.Count(f => f.Extension == ".html"));
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// Moves a previous run's output into <paramref name="trash"/> (emptied by <see cref="DeleteDirectory"/> at the
    /// end) instead of deleting it: on a file system without a journal, ext4 will not reuse an inode for a minute or
    /// more after it is freed, and every file created meanwhile scans past the freed ones. Deleting 10,000 files
    /// before each run made the next run's writes several times slower, for whichever tool came next.
    /// </summary>
    public static void MoveAside(string directory, string trash)
    {
        if (Directory.Exists(directory))
        {
            Directory.CreateDirectory(trash);
            Directory.Move(directory, Path.Combine(trash, Guid.NewGuid().ToString("N")));
        }
    }

    public static void DeleteDirectory(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
