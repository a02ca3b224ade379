using Site.Content;
using Site.Diagnostics;
using Site.Markdown;
using Site.Text;

namespace Site.Linking;

/// <summary>
/// Links the parsed body of every page: each link, image and anchor is resolved against the whole site and each cited
/// figure against the tables, and each problem is reported at its line and column in the .md file, with the nearest
/// right target. What a body publishes for the site's own targets is a path from the site root ("/vi/…/#anchor"),
/// written relative to the page when it is rendered, so that the site works under any base path.
/// </summary>
public sealed class PageBodyLinker
{
    private const string PageLinkHint = "Link to a page by its source path relative to this file, e.g. ../movements/covid-19.md, or by its address from the site root, e.g. /vi/2022-05/.";

    private readonly SiteModel _model;
    private readonly DiagnosticBag _diagnostics;
    private readonly FigureResolver _figures;
    private readonly Dictionary<string, PageKey> _keysIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LinkedPage> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _urlsIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

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
    }

    /// <summary>Each page on its own: a body is linked by one thread, and only the site model is shared (read-only).</summary>
    public void LinkAll() => Parallel.ForEach(_model.Pages.Where(p => p.Body is not null), Link);

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
    }

    private string Target(LinkReference link, LinkedPage page, string file)
    {
        var url = link.Written;
        if (!SafeUrlPolicy.IsSafe(url))
        {
            _diagnostics.Error(DiagnosticCodes.UnsafeUrl, file, link.At,
                $"the link target '{Shorten(url)}' uses the '{SafeUrlPolicy.Scheme(url)}:' scheme, which is never published",
                "Link to an http(s) address or to another page of the site.");
            return "#";
        }

        if (SafeUrlPolicy.IsExternal(url))
        {
            if (link.IsImage)
            {
                _diagnostics.Error(DiagnosticCodes.ExternalImage, file, link.At,
                    $"the image '{Shorten(url)}' is on another host; the site loads nothing from elsewhere", "Save the image into the site and link to it there.");
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

        var target = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? PageBySourcePath(path, page, link, file)
            : path.StartsWith('/') ? PageBySitePath(path, link, file)
            : null;
        if (target is null)
        {
            return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.StartsWith('/') ? "#" : url;
        }

        return fragment.Length == 0 ? $"/{target.Url}" : CheckAnchor(target, fragment, link, file) ? $"/{target.Url}#{fragment}" : "#";
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
                    _diagnostics.Error(DiagnosticCodes.UnsafePath, file, link.At, $"the link '{path}' leads outside input/", "Link to a page inside input/.");
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
                $"the link '{path}' differs only in letter case from '{caseMatch}.md'", "Match the file name's case exactly: the published site is case-sensitive.");
            return null;
        }

        var folder = name.Contains('/') ? name[..(name.LastIndexOf('/') + 1)] : string.Empty;
        var siblings = _keysIgnoringCase.Values.Select(k => k.Value).Where(k => k.StartsWith(folder, StringComparison.Ordinal) && !k[folder.Length..].Contains('/')).Select(k => k[folder.Length..]);
        var suggestion = Suggestions.Closest(name[folder.Length..], siblings);
        _diagnostics.Error(DiagnosticCodes.BrokenLink, file, link.At, $"the link '{path}' points to no page" + (suggestion is null ? string.Empty : $" (did you mean '{suggestion}.md'?)"),
            PageLinkHint);
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
                $"the link '{path}' differs only in letter case from '/{caseMatch}'", "Match the address's case exactly: the published site is case-sensitive.");
            return null;
        }

        _diagnostics.Error(DiagnosticCodes.BrokenLink, file, link.At, $"the link '{path}' points to no page of the site ({NearestPage(url)})", PageLinkHint);
        return null;
    }

    /// <summary>A page whose address is a likely typo of <paramref name="url"/>; otherwise the nearest page above it.</summary>
    private string NearestPage(string url)
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

        return "the nearest page is the home page '/'";
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

        var where = target.SourcePath == file ? "this page" : $"'{target.SourcePath}'";
        var nearest = Suggestions.Closest(anchor, body.Anchors) is { } match
            ? $" (did you mean '#{match}'?)"
            : body.Anchors.Count == 0 ? $"; {where} has no headings" : $"; its anchors are {string.Join(", ", body.Anchors.Order(StringComparer.Ordinal).Take(8).Select(a => $"#{a}"))}";
        _diagnostics.Error(DiagnosticCodes.BrokenAnchor, file, link.At, $"{where} has no anchor '#{anchor}'{nearest}",
            "An anchor is a heading's id: its text in lower case, without accents, words joined by '-'.");
        return false;
    }

    private static string Shorten(string url) => url.Length > 60 ? url[..57] + "…" : url;
}
