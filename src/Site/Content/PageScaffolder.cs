using System.Text;
using Site.Text;

namespace Site.Content;

/// <summary>`site new`: writes a page in every language with every required front-matter key, so an editor only fills in text.</summary>
public static class PageScaffolder
{
    public static IReadOnlyList<string> Create(string inputDirectory, string kind, string name, string? edition)
    {
        var stem = Slugifier.Slugify(name);
        if (SlugRules.ProblemWithSlug(stem) is { } problem)
        {
            throw new InvalidOperationException($"'{name}' cannot name a page: {problem}");
        }

        var folder = kind switch
        {
            "page" => Path.Combine(inputDirectory, "pages"),
            _ => Path.Combine(inputDirectory, "editions", ExistingEdition(inputDirectory, edition), kind switch
            {
                "movement" => "movements",
                "story" => "stories",
                _ => "report",
            }),
        };
        Directory.CreateDirectory(folder);
        var created = new List<string>();
        foreach (var language in SiteLanguages.Of(inputDirectory))
        {
            var path = Path.Combine(folder, $"{stem}.{language}.md");
            if (File.Exists(path))
            {
                throw new InvalidOperationException($"{path} already exists");
            }

            File.WriteAllText(path, Template(kind, stem), new UTF8Encoding(false));
            created.Add(path);
        }

        return created;
    }

    /// <summary>
    /// The edition the page goes in: one that exists, named by a slug, so that `--edition ../../x` cannot write outside
    /// input/editions/ and a typo does not start an edition nobody asked for.
    /// </summary>
    private static string ExistingEdition(string inputDirectory, string? edition)
    {
        if (edition is null)
        {
            return LatestEdition(inputDirectory);
        }

        var editions = Path.Combine(inputDirectory, "editions");
        var existing = Directory.Exists(editions) ? Directory.EnumerateDirectories(editions).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList() : [];
        if (SlugRules.ProblemWithSlug(edition) is { } problem)
        {
            throw new InvalidOperationException($"'{edition}' cannot name an edition: {problem} (editions: {string.Join(", ", existing)})");
        }

        return existing.Contains(edition)
            ? edition
            : throw new InvalidOperationException($"there is no edition '{edition}' in {editions} {Text.Suggestions.DidYouMean(edition, existing)}".TrimEnd()
                + $" (editions: {string.Join(", ", existing)})");
    }

    private static string LatestEdition(string inputDirectory)
    {
        var editions = Path.Combine(inputDirectory, "editions");
        return Directory.Exists(editions)
            ? Directory.EnumerateDirectories(editions).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).LastOrDefault()
                ?? throw new InvalidOperationException("there is no edition yet: pass --edition")
            : throw new InvalidOperationException($"{editions} does not exist: pass --input");
    }

    private static string Template(string kind, string stem)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: \"\"\n");
        text.Append("summary: \"\"\n");
        text.Append("slug: ").Append(stem).Append('\n');
        switch (kind)
        {
            case "movement":
                text.Append("number: \"\"            # its number in the report, e.g. 3.2.1\n");
                text.Append("launched_by: province   # prime-minister or province\n");
                text.Append("# appendix: \"05\"        # the appendix with its awards\n# appendix_rows: [\"1\"]\n");
                break;
            case "story":
                text.Append("subject: collective     # collective or individual\n");
                text.Append("movement: \"\"           # the file name of its movement page\n");
                text.Append("place: \"\"\n# awards: []            # ids from input/award-forms.yml\n");
                break;
            case "chapter":
                text.Append("number: \"\"            # e.g. V\n");
                break;
        }

        return text.Append("weight: 100\n---\n\n").ToString();
    }
}
