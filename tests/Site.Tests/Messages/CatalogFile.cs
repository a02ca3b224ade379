using Site.Tests.Support;

namespace Site.Tests.Messages;

/// <summary>A catalog's file in the repository (src/Site/Diagnostics/Messages/LANGUAGE.yml), to mutate in tests.</summary>
public static class CatalogFile
{
    public static string Read(string language) =>
        File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "src", "Site", "Diagnostics", "Messages", $"{language}.yml"));

    /// <summary>The catalog's text less the entry whose template is <paramref name="template"/> (its one line).</summary>
    public static (string Removed, string Text) WithoutOneEntry(string text, string template)
    {
        var lines = text.Split('\n').ToList();
        var quoted = "\"" + template.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\":";
        var index = lines.FindIndex(l => l.StartsWith(quoted, StringComparison.Ordinal));
        Assert.True(index >= 0, $"the catalog has no line for {template}");
        lines.RemoveAt(index);
        return (template, string.Join('\n', lines));
    }
}
