using Site.Diagnostics;
using Site.Output;

namespace Site.Build;

/// <summary>
/// A site written file by file into a staging folder beside the output, as the build makes its files, and swapped in
/// whole by <see cref="Commit"/>. A one-off build hands each file here as soon as it is made and keeps no copy: holding
/// every page, image and download until the end was about half of a large build's peak memory. Disposed without a
/// successful commit, the staging folder is discarded and the published site stays as it was.
/// </summary>
internal sealed class StagedOutput : IDisposable
{
    private readonly string _output;
    private readonly string _parent;
    private readonly string _name;
    private readonly string _id;
    private readonly string _staging;
    private readonly OutputFolders _folders;
    private readonly DiagnosticBag _diagnostics;
    private readonly FileStream _held;
    private long _bytes;
    private Exception? _failure;
    private bool _done;

    private StagedOutput(string output, string id, OutputFolders folders, DiagnosticBag diagnostics, FileStream held)
    {
        _output = output;
        _parent = Path.GetDirectoryName(output)!;
        _name = Path.GetFileName(output);
        _id = id;
        _staging = Path.Combine(_parent, $"{_name}.staging-{id}");
        _folders = folders;
        _diagnostics = diagnostics;
        _held = held;
    }

    /// <summary>Puts back what a killed build left, clears old leftovers and opens a locked staging folder; null (and an error) if it cannot.</summary>
    public static StagedOutput? Open(string outputDirectory, DiagnosticBag diagnostics, OutputFolders folders)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        try
        {
            Directory.CreateDirectory(parent);
            AtomicOutputWriter.Recover(output, parent, name, folders, diagnostics);
            AtomicOutputWriter.RemoveLeftovers(output, parent, name, folders, diagnostics);
            var id = $"{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
            var staging = Path.Combine(parent, $"{name}.staging-{id}");
            var held = AtomicOutputWriter.Lock(staging);
            Directory.CreateDirectory(staging);
            return new StagedOutput(output, id, folders, diagnostics, held);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CannotWrite(output, e, diagnostics);
            return null;
        }
    }

    /// <summary>Writes one file into the staging folder; safe to call from any thread. A path that would leave the folder is refused.</summary>
    public void Add(OutputFile file)
    {
        if (file.Content.LongLength > AtomicOutputWriter.MaxFileBytes)
        {
            AtomicOutputWriter.FileTooLarge(file, _diagnostics);
            return;
        }

        Interlocked.Add(ref _bytes, file.Content.LongLength);
        var path = Path.GetFullPath(Path.Combine(_staging, file.Path));
        if (!path.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            _diagnostics.Error(DiagnosticCodes.UnsafePath, file.Path, SourcePosition.Start, $"refusing to write outside the output folder", null);
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, e, null); // One message for a full disk, not one per file.
        }
    }

    /// <summary>Swaps the staging folder in, unless a file could not be written, the site is too large or the build has failed.</summary>
    public void Commit(bool strict)
    {
        _done = true;
        try
        {
            if (_failure is not null)
            {
                CannotWrite(_output, _failure, _diagnostics);
            }

            if (!AtomicOutputWriter.SiteFits(Interlocked.Read(ref _bytes), _diagnostics) || _diagnostics.HasErrors(strict) || _failure is not null)
            {
                AtomicOutputWriter.Discard(_staging, _parent, _name, _folders, _diagnostics);
                return;
            }

            AtomicOutputWriter.Swap(_staging, _output, _parent, _name, _id, _folders, _diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CannotWrite(_output, e, _diagnostics);
            if (Directory.Exists(_staging))
            {
                AtomicOutputWriter.Discard(_staging, _parent, _name, _folders, _diagnostics);
            }
        }
    }

    /// <summary>Without a commit (the build stopped early), nothing of this build is kept.</summary>
    public void Dispose()
    {
        if (!_done && Directory.Exists(_staging))
        {
            AtomicOutputWriter.Discard(_staging, _parent, _name, _folders, _diagnostics);
        }

        _held.Dispose();
    }

    private static void CannotWrite(string output, Exception e, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.OutputWrite, output, SourcePosition.Start, $"cannot write the site: {e.Message}",
            $"Check that the output folder and its parent are writable and not open in another program.");
}
