using Site.Content;
using Site.Diagnostics;
using Site.Text;

namespace Site.Linking;

/// <summary>
/// A file of input/ that no rule of the build reads and no page publishes is a warning naming it and saying where such a
/// file belongs: otherwise an editor's page in a misspelt folder, or a table saved as .yaml, would vanish in silence.
/// </summary>
public static class UnreadFiles
{
    /// <summary>The files at the top of input/ that the build reads (and the editors' guide, <see cref="EditorsGuide"/>).</summary>
    private static readonly string[] TopLevel = ["site.yml", "glossary.yml", "award-forms.yml", "names.yml", "published-urls.txt"];

    private static readonly string[] Folders = ["pages", "editions", "i18n"];

    public static void Check(SiteModel model, DiagnosticBag diagnostics)
    {
        var published = model.Pages
            .Where(p => p.Body is not null)
            .SelectMany(p => p.Body!.Links)
            .Where(l => l.File is not null)
            .Select(l => l.File!.RelativePath)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var edition in model.Content.Editions.Where(e => e.Original?.File is not null))
        {
            published.Add($"editions/{edition.Id}/{edition.Original!.File}"); // Published beside the edition's downloads.
        }

        var pageFolders = model.Content.Pages.Select(p => Folder(p.File.RelativePath)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in model.Content.InputFiles.Where(f => !published.Contains(f.RelativePath)))
        {
            if (Problem(file.RelativePath, model.Languages, pageFolders) is { } problem)
            {
                diagnostics.Warning(DiagnosticCodes.UnreadFile, file.DisplayPath, SourcePosition.Start, problem.Message, problem.Hint);
            }
        }
    }

    /// <summary>Null when a reader of the build reads the file (or reports it itself, as the page reader does for a page in a wrong section).</summary>
    private static (Translatable Message, Translatable Hint)? Problem(string path, IReadOnlyList<string> languages, IReadOnlySet<string> pageFolders)
    {
        var segments = path.Split('/');
        var extension = Path.GetExtension(path);
        var name = segments[^1];
        if (extension is ".yaml" or ".markdown" or ".mdown" or ".mkd")
        {
            var right = extension == ".yaml" ? ".yml" : ".md";
            return Found($"the build reads no {extension} file, so this one is ignored", $"Rename it to {Path.GetFileNameWithoutExtension(name)}{right}.");
        }

        switch (segments)
        {
            case [var top] when TopLevel.Contains(top) || EditorsGuide.Is(top):
            case ["i18n", var strings] when strings.EndsWith(".yml", StringComparison.Ordinal) && languages.Contains(strings[..^4]):
            case ["editions", _, "edition.yml" or EditionDataReader.PressFile or EditionDataReader.PlacesFile or EditionDataReader.CorrectionsFile]:
            case ["editions", _, "appendices", var table] when table.EndsWith(".yml", StringComparison.Ordinal):
                return null;
            case ["i18n", var strings] when strings.EndsWith(".yml", StringComparison.Ordinal):
                return Found($"'{strings[..^4]}' is not one of the site's languages ({string.Join(", ", languages)}), so these strings are not read",
                    $"Add the language to 'languages' in site.yml, or remove the file.");
            case ["pages" or "editions", ..] when extension == ".md":
                return null; // The page reader reads it, or says why it cannot.
        }

        if (extension == ".md")
        {
            var folder = segments.Length > 1 ? segments[0] : string.Empty;
            var nearest = folder.Length > 0 && Suggestions.Closest(folder, Folders) is { } match ? $"{match}/" : null;
            return Found(NotInAPageFolder(nearest),
                $"Put site pages in pages/ and report pages in editions/<edition>/<section>/ (report, movements or stories).");
        }

        if (extension is ".yml" or ".txt")
        {
            return Found($"the build does not read this file",
                $"The build reads site.yml, glossary.yml, award-forms.yml, names.yml, published-urls.txt, i18n/<language>.yml, editions/<edition>/edition.yml, press.yml, places.yml, corrections.yml and editions/<edition>/appendices/<number>.yml.");
        }

        var shared = segments is ["editions", _, "files", ..];
        if (shared || pageFolders.Contains(Folder(path)) || pageFolders.Any(f => path.StartsWith(f + "/", StringComparison.Ordinal)))
        {
            return Found($"no page links to this file, so it is not published", $"Link to it from a page, e.g. ![description](name.png) or [download](name.pdf), or remove it.");
        }

        return Found($"this file is neither beside a page nor in an edition's shared folder, so it is not published",
            $"Put a file a page uses beside the page's .md file or in editions/<edition>/files/, and link to it from the page.");
    }

    private static (Translatable Message, Translatable Hint) Found(Translatable message, Translatable hint) => (message, hint);

    /// <param name="folder">The page folder the editor probably meant, if one is close.</param>
    private static Translatable NotInAPageFolder(string? folder)
    {
        if (folder is null)
        {
            return $"this page is not in a folder the build reads, so it is not published";
        }

        return $"this page is not in a folder the build reads, so it is not published (did you mean '{folder}'?)";
    }

    private static string Folder(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : string.Empty;
}
