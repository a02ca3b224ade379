using Site.Content;
using Site.Diagnostics;
using Site.Markdown;
using Site.Text;

namespace Site.Linking;

/// <summary>
/// Links the parsed body of every page: each link, image and anchor is resolved against the whole site and each cited
/// figure against the tables, and each problem is reported at its line and column in the .md file, with the nearest
/// right target. What a body publishes for the site's own targets is a path from the site root ("/vi/…/#anchor"),
/// written relative to the page when it is rendered, so that the site works under any base path. A file of input/ that
/// a page links to (an image, a download) is published beside the page when it sits beside the page's source (as Hugo's
/// page bundles are), or once under files/&lt;edition&gt;/ when it is in the edition's shared folder editions/&lt;edition&gt;/files/.
/// </summary>
public sealed class PageBodyLinker
{
    /// <summary>GitHub Pages refuses a file over 100 MB.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>What a page may publish from input/: images and documents. Never markup or scripts (.html, .svg, .js), which the site's checks would not see.</summary>
    public static readonly IReadOnlySet<string> PublishableExtensions = new HashSet<string>(StringComparer.Ordinal)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".pdf", ".csv", ".txt", ".xlsx", ".xls", ".docx", ".doc", ".pptx", ".odt", ".ods", ".odp", ".zip",
    };

    private static Translatable FileHint => $"Put the file beside the page's .md file (it is published next to the page) or in editions/<edition>/files/ (published once for the edition), and link to it by its path from the page's .md file.";

    private static Translatable PageLinkHint => $"Link to a page by its source path relative to this file, e.g. ../movements/covid-19.md, or by its address from the site root, e.g. /vi/2022-05/.";

    private readonly SiteModel _model;
    private readonly DiagnosticBag _diagnostics;
    private readonly FigureResolver _figures;
    private readonly Dictionary<string, PageKey> _keysIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LinkedPage> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _urlsIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, InputFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputFile> _filesIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    public PageBodyLinker(SiteModel model, DiagnosticBag diagnostics)
    {
        _model = model;
        _diagnostics = diagnostics;
        _figures = new FigureResolver(model, diagnostics);
        foreach (var page in model.Pages)
        {
            if (page.Source is not null)
            {
                _keysIgnoringCase.TryAdd(page.Key.Value, page.Key);
            }

            _urlsIgnoringCase.TryAdd(page.Url, page.Url);
            foreach (var alias in page.Aliases)
            {
                _aliases.TryAdd(alias, page);
                _urlsIgnoringCase.TryAdd(alias, alias);
            }
        }

        foreach (var file in model.Content.InputFiles)
        {
            _files[file.RelativePath] = file;
            _filesIgnoringCase.TryAdd(file.RelativePath, file);
        }
    }

    /// <summary>Each page on its own: a body is linked by one thread, and only the site model is shared (read-only).</summary>
    public void LinkAll()
    {
        Parallel.ForEach(_model.Pages.Where(p => p.Body is not null), Link);
        _figures.ReportUnusedConfirmations(); // Only once every page has cited what it cites.
    }

    /// <summary>
    /// Links only these pages (`serve`, after an edit that changed no page's address, anchors, cited figures or
    /// published files: what other pages' links resolve to is then as it was). Unused confirmations are not reported.
    /// </summary>
    public void Link(IEnumerable<LinkedPage> pages)
    {
        foreach (var page in pages.Where(p => p.Body is not null))
        {
            Link(page);
        }
    }

    private void Link(LinkedPage page)
    {
        var body = page.Body!;
        var file = page.SourcePath!;
        foreach (var link in body.Links)
        {
            link.Publish(Target(link, page, file));
        }

        foreach (var figure in body.Figures)
        {
            _figures.Resolve(figure.Figure, page, file, figure.At);
        }

        NumberNotes(page);
    }

    /// <summary>Figures with caveats point to the page's notes, numbered in reading order; one note per distinct caveat.</summary>
    private void NumberNotes(LinkedPage page)
    {
        var notes = new List<string>();
        var label = _model.Content.Strings[page.Language]["figure_note"];
        foreach (var figure in page.Body!.Figures.Select(f => f.Figure).Where(f => f.Caveats.Count > 0))
        {
            var key = string.Join('\n', figure.Caveats);
            if (!notes.Contains(key))
            {
                notes.Add(key);
            }

            figure.NoteNumber = notes.IndexOf(key) + 1;
            figure.NoteLabel = $"{label} {figure.NoteNumber}";
        }
    }

    private string Target(LinkReference link, LinkedPage page, string file)
    {
        var url = link.Written;
        if (!SafeUrlPolicy.IsSafe(url))
        {
            _diagnostics.Error(DiagnosticCodes.UnsafeUrl, file, link.At,
                $"the link target '{Shorten(url)}' uses the '{SafeUrlPolicy.Scheme(url)}:' scheme, which is never published",
                $"Link to an http(s) address or to another page of the site.");
            return "#";
        }

        if (SafeUrlPolicy.IsExternal(url))
        {
            if (link.IsImage)
            {
                _diagnostics.Error(DiagnosticCodes.ExternalImage, file, link.At,
                    $"the image '{Shorten(url)}' is on another host; the site loads nothing from elsewhere", $"Save the image into the site and link to it there.");
                return "#";
            }

            return url;
        }

        if (SafeUrlPolicy.Scheme(url) is not null)
        {
            return url; // mailto: and tel:, which lead out of the site by design.
        }

        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? url[(hash + 1)..] : string.Empty;
        if (path.Length == 0)
        {
            return CheckAnchor(page, fragment, link, file) ? url : "#";
        }

        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return ToPage(PageBySourcePath(path, page, link, file), fragment, link, file);
        }

        if (path.StartsWith('/'))
        {
            var sitePath = Uri.UnescapeDataString(path.TrimStart('/'));
            return sitePath.Split('/') is ["files", var edition, .. var rest] && rest.Length > 0 && _files.GetValueOrDefault($"editions/{edition}/files/{string.Join('/', rest)}") is { } shared
                ? PublishFile(shared, page, fragment, link, file)
                : ToPage(PageBySitePath(path, link, file), fragment, link, file);
        }

        return Relative(path.Contains('?') ? path[..path.IndexOf('?')] : path, fragment, page, link, file);
    }

    private string ToPage(LinkedPage? target, string fragment, LinkReference link, string file) =>
        target is null ? "#" : fragment.Length == 0 ? $"/{target.Url}" : CheckAnchor(target, fragment, link, file) ? $"/{target.Url}#{fragment}" : "#";

    /// <summary>
    /// `anh.png`, `../files/bang.pdf`, `../covid-19/`: first a file of input/ from the page's .md file, then an address
    /// of the site from the page's own address.
    /// </summary>
    private string Relative(string path, string fragment, LinkedPage page, LinkReference link, string file)
    {
        var written = Uri.UnescapeDataString(path);
        var sourceFolder = Folder(page.Source!.File.RelativePath);
        if (Combine(sourceFolder, written) is { } inputPath)
        {
            if (_files.TryGetValue(inputPath, out var found))
            {
                return PublishFile(found, page, fragment, link, file);
            }

            if (_filesIgnoringCase.TryGetValue(inputPath, out var cased))
            {
                _diagnostics.Error(DiagnosticCodes.LinkCaseMismatch, file, link.At,
                    $"the file '{path}' differs only in letter case from '{cased.RelativePath[(Folder(cased.RelativePath).Length + 1)..]}' ({cased.DisplayPath})",
                    $"Match the file name's case exactly: the published site is case-sensitive, so the link would not find the file.");
                return "#";
            }
        }

        if (Combine(page.Url.TrimEnd('/'), written) is not { } url)
        {
            _diagnostics.Error(DiagnosticCodes.UnsafePath, file, link.At, $"the link '{path}' leads outside the site", $"Link to a page or file of the site.");
            return "#";
        }

        url = path.EndsWith('/') && url.Length > 0 ? url + "/" : url;
        if ((_model.AtUrl(url) ?? _aliases.GetValueOrDefault(url) ?? _model.AtUrl(url + "/")) is { } target)
        {
            return ToPage(target, fragment, link, file);
        }

        var name = written.TrimEnd('/').Split('/')[^1];
        if (link.IsImage || Path.HasExtension(name))
        {
            var folder = Combine(sourceFolder, written) is { } missing ? Folder(missing) : sourceFolder;
            var neighbours = _files.Keys.Where(k => Folder(k) == folder).Select(k => k[(folder.Length + 1)..]);
            var nearest = Suggestions.DidYouMean(name, neighbours);
            if (link.IsImage)
            {
                _diagnostics.Error(DiagnosticCodes.BrokenLink, file, link.At, $"the image '{path}' is not in input/ (looked for input/{folder}/{name}) {nearest}", FileHint);
            }
            else
            {
                _diagnostics.Error(DiagnosticCodes.BrokenLink, file, link.At, $"the file '{path}' is not in input/ (looked for input/{folder}/{name}) {nearest}", FileHint);
            }

            return "#";
        }

        _diagnostics.Error(DiagnosticCodes.BrokenLink, file, link.At, $"the link '{path}' points to no page of the site ({NearestPage(url)})", PageLinkHint);
        return "#";
    }

    /// <summary>A file a page publishes: beside the page, or in its edition's shared folder; of a type that is safe to publish, and small enough for the host.</summary>
    private string PublishFile(InputFile found, LinkedPage page, string fragment, LinkReference link, string file)
    {
        var extension = Path.GetExtension(found.RelativePath).ToLowerInvariant();
        if (!PublishableExtensions.Contains(extension))
        {
            _diagnostics.Error(DiagnosticCodes.FileTypeRefused, file, link.At,
                $"'{found.DisplayPath}' is not published: files of type '{extension}' could carry markup or scripts that the site's checks never see",
                $"Publish images and documents only ({string.Join(", ", PublishableExtensions.Order(StringComparer.Ordinal))}).");
            return "#";
        }

        if (found.Length > MaxFileBytes)
        {
            _diagnostics.Error(DiagnosticCodes.FileTooLarge, file, link.At,
                $"'{found.DisplayPath}' is {found.Length / (1024 * 1024)} MB; GitHub Pages refuses files over {MaxFileBytes / (1024 * 1024)} MB",
                $"Make it smaller (compress or split it), or publish it elsewhere and link to its address.");
            return "#";
        }

        var sourceFolder = Folder(page.Source!.File.RelativePath);
        var output = found.RelativePath.Split('/') is ["editions", var edition, "files", .. var rest] && rest.Length > 0
            ? $"files/{edition}/{string.Join('/', rest)}"
            : found.RelativePath.StartsWith(sourceFolder + "/", StringComparison.Ordinal) ? page.Url + found.RelativePath[(sourceFolder.Length + 1)..]
            : null;
        if (output is null)
        {
            _diagnostics.Error(DiagnosticCodes.FileMisplaced, file, link.At,
                $"'{found.DisplayPath}' is neither beside this page nor in an edition's shared folder, so it is not published", FileHint);
            return "#";
        }

        link.UsesFile(found, output);
        return fragment.Length == 0 ? $"/{output}" : $"/{output}#{fragment}";
    }

    private static string Folder(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : string.Empty;

    /// <summary>A relative path from a folder, '/'-separated, without "." and "..": null when it climbs above the root.</summary>
    private static string? Combine(string folder, string relative)
    {
        var segments = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>`../movements/covid-19.md`: the page of that source file, in the linking page's language where it has one.</summary>
    private LinkedPage? PageBySourcePath(string path, LinkedPage page, LinkReference link, string file)
    {
        var source = page.Source!;
        var directory = source.File.RelativePath.Contains('/') ? source.File.RelativePath[..source.File.RelativePath.LastIndexOf('/')] : string.Empty;
        var segments = new List<string>(path.StartsWith('/') ? [] : directory.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in Uri.UnescapeDataString(path).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    _diagnostics.Error(DiagnosticCodes.UnsafePath, file, link.At, $"the link '{path}' leads outside input/", $"Link to a page inside input/.");
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        var name = string.Join('/', segments)[..^3];
        var languageSuffix = _model.Languages.FirstOrDefault(l => name.EndsWith("." + l, StringComparison.Ordinal));
        if (languageSuffix is not null)
        {
            name = name[..^(languageSuffix.Length + 1)];
        }

        var key = PageKey.FromSourcePath(name);
        var target = _model.Find(key, page.Language) ?? _model.Languages.Select(l => _model.Find(key, l)).FirstOrDefault(p => p is not null);
        if (target is not null)
        {
            return target;
        }

        if (_keysIgnoringCase.TryGetValue(name, out var caseMatch))
        {
            _diagnostics.Error(DiagnosticCodes.LinkCaseMismatch, file, link.At,
                $"the link '{path}' differs only in letter case from '{caseMatch}.md'", $"Match the file name's case exactly: the published site is case-sensitive.");
            return null;
        }

        var folder = name.Contains('/') ? name[..(name.LastIndexOf('/') + 1)] : string.Empty;
        var siblings = _keysIgnoringCase.Values.Select(k => k.Value).Where(k => k.StartsWith(folder, StringComparison.Ordinal) && !k[folder.Length..].Contains('/')).Select(k => k[folder.Length..]);
        if (Suggestions.Closest(name[folder.Length..], siblings) is { } suggestion)
        {
            _diagnostics.Error(DiagnosticCodes.BrokenLink, file, link.At, $"the link '{path}' points to no page (did you mean '{suggestion}.md'?)", PageLinkHint);
        }
        else
        {
            _diagnostics.Error(DiagnosticCodes.BrokenLink, file, link.At, $"the link '{path}' points to no page", PageLinkHint);
        }

        return null;
    }

    /// <summary>`/vi/2022-05/phong-trao/y-te/`: the page at that address from the site root, or the page an alias of it redirects to.</summary>
    private LinkedPage? PageBySitePath(string path, LinkReference link, string file)
    {
        var url = Uri.UnescapeDataString(path.TrimStart('/'));
        var target = _model.AtUrl(url) ?? _aliases.GetValueOrDefault(url) ?? (url.EndsWith('/') ? null : _model.AtUrl(url + "/") ?? _aliases.GetValueOrDefault(url + "/"));
        if (target is not null)
        {
            return target;
        }

        if (_urlsIgnoringCase.TryGetValue(url, out var caseMatch) || _urlsIgnoringCase.TryGetValue(url + "/", out caseMatch))
        {
            _diagnostics.Error(DiagnosticCodes.LinkCaseMismatch, file, link.At,
                $"the link '{path}' differs only in letter case from '/{caseMatch}'", $"Match the address's case exactly: the published site is case-sensitive.");
            return null;
        }

        _diagnostics.Error(DiagnosticCodes.BrokenLink, file, link.At, $"the link '{path}' points to no page of the site ({NearestPage(url)})", PageLinkHint);
        return null;
    }

    /// <summary>A page whose address is a likely typo of <paramref name="url"/>; otherwise the nearest page above it.</summary>
    private Translatable NearestPage(string url)
    {
        if (Suggestions.Closest(url, _urlsIgnoringCase.Values) is { } typo)
        {
            return $"did you mean '/{typo}'?";
        }

        var parent = url.TrimEnd('/');
        while (parent.Length > 0)
        {
            parent = parent.Contains('/') ? parent[..parent.LastIndexOf('/')] : string.Empty;
            var candidate = parent.Length == 0 ? string.Empty : parent + "/";
            if (_model.AtUrl(candidate) is not null)
            {
                return $"the nearest page is '/{candidate}'";
            }
        }

        return $"the nearest page is the home page '/'";
    }

    /// <summary>An anchor must be one the target's Markdown makes (a heading or footnote); a generated page's anchors are checked in the output.</summary>
    private bool CheckAnchor(LinkedPage target, string fragment, LinkReference link, string file)
    {
        if (target.Body is not { } body)
        {
            return true;
        }

        var anchor = Uri.UnescapeDataString(fragment);
        if (body.Anchors.Contains(anchor))
        {
            return true;
        }

        _diagnostics.Error(DiagnosticCodes.BrokenAnchor, file, link.At, NoAnchor(target.SourcePath == file ? null : target.SourcePath, anchor, body.Anchors),
            $"An anchor is a heading's id: its text in lower case, without accents, words joined by '-'.");
        return false;
    }

    /// <param name="page">The page the anchor was looked for on, null for the linking page itself.</param>
    private static Translatable NoAnchor(string? page, string anchor, IReadOnlyCollection<string> anchors)
    {
        var where = Where(page);
        if (Suggestions.Closest(anchor, anchors) is { } match)
        {
            return $"{where} has no anchor '#{anchor}' (did you mean '#{match}'?)";
        }

        if (anchors.Count == 0)
        {
            return $"{where} has no anchor '#{anchor}'; it has no headings";
        }

        return $"{where} has no anchor '#{anchor}'; its anchors are {string.Join(", ", anchors.Order(StringComparer.Ordinal).Take(8).Select(a => $"#{a}"))}";
    }

    private static Translatable Where(string? page)
    {
        if (page is null)
        {
            return $"this page";
        }

        return $"'{page}'";
    }

    private static string Shorten(string url) => url.Length > 60 ? url[..57] + "…" : url;
}
