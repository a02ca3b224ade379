namespace Site.Output;

/// <summary>Paths inside the output folder: how the check follows a page's links, and how the renderer makes one absolute.</summary>
public static class OutputPaths
{
    /// <summary>A relative link resolved against the folder of the file <paramref name="fromFile"/>, as a site-relative path.</summary>
    /// <remarks>
    /// Segment ranges instead of substrings (a page has a hundred links): the folder's segments, then the link's,
    /// ".." dropping the last one (empty ones included), "." skipped; empty segments are left out of the result.
    /// </remarks>
    public static string Resolve(string fromFile, string relative)
    {
        if (relative.Length == 0)
        {
            return fromFile;
        }

        var segments = new List<(bool Relative, int Start, int Length)>(16);
        var folderEnd = fromFile.LastIndexOf('/');
        for (var start = 0; folderEnd >= 0 && start <= folderEnd;)
        {
            var end = fromFile.IndexOf('/', start);
            segments.Add((false, start, end - start));
            start = end + 1;
        }

        for (var start = 0; start <= relative.Length;)
        {
            var end = relative.IndexOf('/', start);
            if (end < 0)
            {
                end = relative.Length;
            }

            var part = relative.AsSpan(start, end - start);
            if (part is "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (part is not ".")
            {
                segments.Add((true, start, end - start));
            }

            start = end + 1;
        }

        var path = new System.Text.StringBuilder(fromFile.Length + relative.Length);
        foreach (var (isRelative, start, length) in segments)
        {
            if (length > 0)
            {
                path.Append(path.Length > 0 ? "/" : string.Empty).Append(isRelative ? relative : fromFile, start, length);
            }
        }

        return relative.EndsWith('/') && path.Length > 0 ? path.Append('/').ToString() : path.ToString();
    }
}
