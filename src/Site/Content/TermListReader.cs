using Site.Diagnostics;

namespace Site.Content;

/// <summary>Reads the shared bilingual lists: glossary.yml (terms), award-forms.yml (forms) and names.yml (official names).</summary>
public static class TermListReader
{
    public static IReadOnlyList<GlossaryTerm> ReadGlossary(SourceFile? file, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var items = ReadItems(file, "terms", diagnostics);
        var result = new List<GlossaryTerm>();
        foreach (var item in items)
        {
            item.RejectUnknownKeys(["id", .. languages, "definition"], $"a glossary term");
            var id = item.String("id", required: true) ?? string.Empty;
            result.Add(new GlossaryTerm(id, LanguageValues(item, languages), item.Localized("definition") ?? LocalizedText.Empty, item.Start.Line));
        }

        return Unique(result, t => t.Id, file, diagnostics);
    }

    public static IReadOnlyList<AwardForm> ReadAwardForms(SourceFile? file, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var items = ReadItems(file, "forms", diagnostics);
        var result = new List<AwardForm>();
        foreach (var item in items)
        {
            item.RejectUnknownKeys(["id", .. languages], $"an award form");
            result.Add(new AwardForm(item.String("id", required: true) ?? string.Empty, LanguageValues(item, languages)));
        }

        return Unique(result, f => f.Id, file, diagnostics);
    }

    /// <summary>names.yml: the one rendering per language of each movement's name and recurring slogan.</summary>
    public static IReadOnlyList<OfficialName> ReadNames(SourceFile? file, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var items = ReadItems(file, "names", diagnostics);
        var result = new List<OfficialName>();
        foreach (var item in items)
        {
            item.RejectUnknownKeys(["id", .. languages], $"an official name");
            result.Add(new OfficialName(item.String("id", required: true) ?? string.Empty, LanguageValues(item, languages), item.Start.Line));
        }

        return Unique(result, n => n.Id, file, diagnostics);
    }

    private static LocalizedText LanguageValues(YamlFields item, IReadOnlyList<string> languages)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            if (item.String(language, required: true) is { } text)
            {
                values[language] = text;
            }
        }

        return new LocalizedText(values);
    }

    /// <summary>The items of a file that is one list under <paramref name="listKey"/>; none when the file is absent or unreadable (reported).</summary>
    internal static IReadOnlyList<YamlFields> ReadItems(SourceFile? file, string listKey, DiagnosticBag diagnostics)
    {
        if (file is null)
        {
            return [];
        }

        var mapping = YamlDocumentReader.ReadMapping(file.Text, file.DisplayPath, 0, diagnostics);
        if (mapping is null)
        {
            return [];
        }

        var fields = new YamlFields(mapping, file.DisplayPath, 0, diagnostics);
        fields.RejectUnknownKeys([listKey], $"{file.RelativePath}");
        return fields.MapList(listKey);
    }

    private static IReadOnlyList<T> Unique<T>(List<T> items, Func<T, string> id, SourceFile? file, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in items.GroupBy(id).Where(g => g.Count() > 1))
        {
            diagnostics.Error(DiagnosticCodes.NameCollision, file?.DisplayPath ?? string.Empty, SourcePosition.Start,
                $"id '{duplicate.Key}' is used {duplicate.Count()} times", $"Give each entry its own id.");
        }

        return items.DistinctBy(id).OrderBy(id, StringComparer.Ordinal).ToList();
    }
}
