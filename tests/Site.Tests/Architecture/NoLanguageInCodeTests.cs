using System.Text.RegularExpressions;
using Site.Tests.Support;

namespace Site.Tests.Architecture;

/// <summary>
/// A site's languages come from its site.yml and i18n files, so no C# under src/ may hold a language code as a value:
/// a literal "vi", "en-US", 'fr' or a key ["en"]. Codes inside messages and comments (examples for the editor) are prose.
/// </summary>
public sealed partial class NoLanguageInCodeTests
{
    /// <summary>The codes of the languages this repository's own site and its tests use, with their regional forms.</summary>
    private static readonly string[] Codes = ["vi", "en", "fr"];

    /// <summary>The language literals of C# <paramref name="code"/>, leaving out lines that are comments.</summary>
    public static IEnumerable<string> LanguageLiterals(string code) => code.Split('\n')
        .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
        .SelectMany(line => LanguageLiteral().Matches(line))
        .Where(m => Codes.Contains(m.Groups["code"].Value, StringComparer.Ordinal))
        .Select(m => m.Value);

    [Fact]
    public void SourceOfTheGenerator_HoldsNoLanguageCodeAsAValue()
    {
        var files = Directory.EnumerateFiles(Path.Combine(TestSite.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 100, $"only {files.Count} C# files found under src/");
        var found = files.SelectMany(f => LanguageLiterals(File.ReadAllText(f)).Select(l => $"{Path.GetRelativePath(TestSite.RepositoryRoot, f)}: {l}")).ToList();
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("if (language == \"vi\") { }")]
    [InlineData("var names = new Dictionary<string, string> { [\"en\"] = name };")]
    [InlineData("var culture = \"fr-FR\";")]
    [InlineData("var c = 'vi';")]
    public void CodeThatNamesALanguage_IsFound(string code) => Assert.Single(LanguageLiterals(code));

    [Theory]
    [InlineData("Error(\"Use two-letter codes such as vi and en.\");")]
    [InlineData("var file = $\"{stem}.{language}.md\";")]
    [InlineData("var x = \"evidence\";")]
    [InlineData("/// { \"l\": \"vi\" } is the index's head")]
    public void ProseAndCodeWithoutALanguage_AreNotFound(string code) => Assert.Empty(LanguageLiterals(code));

    [GeneratedRegex("""["'](?<code>[a-z]{2})(-[A-Z]{2})?["']""")]
    private static partial Regex LanguageLiteral();
}
