using System.Text;
using Site.Diagnostics;
using Site.Text;

namespace Site.Content;

/// <summary>
/// Reads every text file of input/ once: strict UTF-8 (a legacy code page or NUL byte is an error, never guessed),
/// NFC names and text, symbolic links that stay inside input/. Other files are listed, not read: pages may publish them.
/// </summary>
public sealed class SourceLoader
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".yml", ".yaml", ".txt" };
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _root;
    private readonly string _displayPrefix;
    private readonly DiagnosticBag _diagnostics;

    public SourceLoader(string inputDirectory, string displayPrefix, DiagnosticBag diagnostics)
    {
        _root = Path.GetFullPath(inputDirectory);
        _displayPrefix = displayPrefix.TrimEnd('/');
        _diagnostics = diagnostics;
    }

    public SourceTree Load()
    {
        var files = new List<(string Relative, string Full)>();
        if (Directory.Exists(_root))
        {
            Walk(_root, string.Empty, new HashSet<string>(StringComparer.Ordinal) { _root }, files);
        }

        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var texts = new List<(string Normalized, string Full, string Display)>();
        var all = new List<InputFile>();
        foreach (var (relative, full) in files.OrderBy(f => f.Relative, StringComparer.Ordinal))
        {
            var normalized = relative.Normalize(NormalizationForm.FormC);
            var display = Display(normalized);
            if (byName.TryGetValue(normalized, out var other))
            {
                _diagnostics.Error(DiagnosticCodes.NameCollision, display, SourcePosition.Start,
                    $"two files have the same name after Unicode normalisation: '{Display(other)}' and this one",
                    $"Rename one of them: keyboards that write decomposed (NFD) letters make names that look identical.");
                continue;
            }

            byName[normalized] = relative;
            all.Add(new InputFile(normalized, full, display, new FileInfo(full).Length));
            if (!TextExtensions.Contains(Path.GetExtension(normalized)))
            {
                continue;
            }

            texts.Add((normalized, full, display));
        }

        // Reading, decoding and normalising is per file: in parallel, in the same order.
        var read = texts.AsParallel().AsOrdered()
            .Select(f => ProcessingException.Guard(f.Display, () => Read(f.Full, f.Display)) is { } text ? new SourceFile(f.Normalized, f.Full, text) { DisplayPath = f.Display } : null)
            .OfType<SourceFile>()
            .ToList();
        return new SourceTree(read, all);
    }

    /// <summary>Reads one file again (`serve`, after an edit), as <see cref="Load"/> read it; null when it cannot be read (reported).</summary>
    public SourceFile? Reread(SourceFile file) =>
        ProcessingException.Guard(file.DisplayPath, () => Read(file.FullPath, file.DisplayPath)) is { } text ? file with { Text = text } : null;

    private string Display(string relative) => _displayPrefix.Length == 0 ? relative : $"{_displayPrefix}/{relative}";

    private void Walk(string directory, string relative, HashSet<string> visited, List<(string, string)> files)
    {
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var entryRelative = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            var target = entry.FullName;
            if (entry.LinkTarget is not null)
            {
                var resolved = ResolveLink(entry, entryRelative);
                if (resolved is null)
                {
                    continue;
                }

                target = resolved.FullName;
            }

            if (Directory.Exists(target))
            {
                if (!visited.Add(Path.GetFullPath(target)))
                {
                    _diagnostics.Error(DiagnosticCodes.UnsafePath, Display(entryRelative), SourcePosition.Start,
                        $"this symbolic link makes a loop", $"Replace the link with the folder it should point to.");
                    continue;
                }

                Walk(target, entryRelative, visited, files);
            }
            else if (File.Exists(target))
            {
                files.Add((entryRelative, target));
            }
        }
    }

    private FileSystemInfo? ResolveLink(FileSystemInfo entry, string relative)
    {
        FileSystemInfo? final;
        try
        {
            final = entry.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            _diagnostics.Error(DiagnosticCodes.UnsafePath, Display(relative), SourcePosition.Start,
                $"this symbolic link makes a loop", $"Replace the link with the file or folder it should point to.");
            return null;
        }

        if (final is null || !final.Exists)
        {
            _diagnostics.Error(DiagnosticCodes.UnsafePath, Display(relative), SourcePosition.Start,
                $"this symbolic link points to '{entry.LinkTarget}', which does not exist", $"Remove the link or restore its target.");
            return null;
        }

        var full = Path.GetFullPath(final.FullName);
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            _diagnostics.Error(DiagnosticCodes.UnsafePath, Display(relative), SourcePosition.Start,
                $"this symbolic link leaves input/ (it points to '{full}')", $"Copy the file into input/ instead of linking to it.");
            return null;
        }

        return final;
    }

    private string? Read(string fullPath, string display)
    {
        // What stat says is empty is not opened: a named pipe or socket left in input/ would block the build or fail
        // to open, where an empty file is simply empty (and reported as such by its reader).
        var bytes = new FileInfo(fullPath).Length == 0 ? [] : File.ReadAllBytes(fullPath);
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            _diagnostics.Error(DiagnosticCodes.Encoding, display, PositionOf(bytes, nul),
                $"the file contains a NUL byte at offset {nul}: it is binary or saved as UTF-16",
                $"Save it as UTF-8 text.");
            return null;
        }

        try
        {
            return Normalize(StrictUtf8.GetString(bytes), display);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : FirstInvalidUtf8(bytes);
            _diagnostics.Error(DiagnosticCodes.Encoding, display, PositionOf(bytes, offset),
                $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset}); it looks saved in a legacy code page such as Windows-1258",
                $"Save it as UTF-8 (in most editors: Save with encoding → UTF-8).");
            return null;
        }
    }

    private string Normalize(string raw, string display)
    {
        var text = TextNormalizer.Normalize(raw);
        ReportInvisibleCharacters(text, display);
        // Removed once here, so that no body, search index, feed or metadata publishes them (the warning says where they were).
        return TextNormalizer.StripInvisible(text);
    }

    private void ReportInvisibleCharacters(string text, string display)
    {
        if (!TextNormalizer.HasInvisible(text))
        {
            return; // Nearly always: the character-by-character walk below is only for saying where they are.
        }

        var line = 1;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            if (TextNormalizer.IsInvisibleControl(c))
            {
                _diagnostics.Warning(DiagnosticCodes.InvisibleCharacter, display, new SourcePosition(line, column),
                    $"invisible character {TextNormalizer.CodePoint(c)} (a control character, zero-width, soft hyphen or direction control)",
                    $"It is removed from everything published (pages, search, feeds, metadata); delete it from the text.");
            }

            column++;
        }
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var decoder = StrictUtf8.GetDecoder();
        for (var i = 0; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetCharCount(bytes, 0, i + 1, flush: true);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The line and column of a byte offset, counting lines the way an editor does (CRLF, LF or lone CR).</summary>
    private static SourcePosition PositionOf(byte[] bytes, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (bytes[i] != '\r')
            {
                column++;
            }
        }

        return new SourcePosition(line, column);
    }
}
