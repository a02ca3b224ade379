using Site.Diagnostics;

namespace Site.Tests.Messages;

/// <summary>
/// Every catalog translates every message the source can say, keeps its holes, and holds nothing the source no longer
/// says; the templates come from the C# source itself (<see cref="MessageSource"/>), not from running the generator.
/// </summary>
public sealed class CatalogCompletenessTests
{
    private static MessageSource Source => MessageSource.OfRepository;

    public static TheoryData<string> TranslatedLanguages => [.. Translated];

    private static IEnumerable<string> Translated => MessageCatalog.Languages.Where(l => l != MessageCatalog.Source.Language);

    [Fact]
    public void TheSource_SaysMessagesOfEveryStage_SoTheSearchFindsThem()
    {
        var files = Source.Templates.Select(t => t.Where.Split('(')[0].Split('/')[2]).ToHashSet(StringComparer.Ordinal);
        Assert.True(Source.TranslatableTemplates.Count > 200, $"only {Source.TranslatableTemplates.Count} templates found");
        Assert.Contains("unknown key '{0}' in {1} {2}", Source.TranslatableTemplates);
        Assert.Contains("Diagnostics", files);
        Assert.Contains("Commands", files);
        Assert.Contains("ErrorPage.cs", files);
    }

    [Fact]
    public void ThereIsACatalogBesidesTheSourceLanguage() => Assert.NotEmpty(Translated);

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void EveryMessageOfTheSource_HasATranslation(string language)
    {
        // Every missing template on its own line, so that the failure is the list of lines to write (Assert.Empty cuts it short).
        var missing = Missing(MessageCatalog.Find(language)!, Source);
        Assert.True(missing.Count == 0, $"{missing.Count} templates have no line in {language}.yml:\n{string.Join('\n', missing)}");
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void EveryTranslation_KeepsTheHolesOfItsTemplate(string language)
    {
        var broken = MessageCatalog.Find(language)!.Translations
            .Where(t => !MessageSource.HolesOf(t.Key).SequenceEqual(MessageSource.HolesOf(t.Value)))
            .Select(t => $"{t.Key} → {t.Value}")
            .ToList();
        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void EveryEntryOfACatalog_IsAMessageTheSourceSays(string language)
    {
        var said = Source.TranslatableTemplates;
        var unsaid = MessageCatalog.Find(language)!.Translations.Keys.Where(k => !said.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unsaid.Count == 0, $"{unsaid.Count} lines of {language}.yml are no message of the source:\n{string.Join('\n', unsaid)}");
    }

    [Fact]
    public void NoHoleOfAMessage_HoldsAnEnglishWord() => Assert.Empty(Source.WordsInHoles);

    [Fact]
    public void NoMessage_IsBuiltByHand_OutsideTheHandler() => Assert.Empty(Source.Handmade);

    [Fact]
    public void NoLiteralTextOfAMessage_LooksLikeAHole()
    {
        // "{0}" in a template is a hole; if the text itself held one, its translation would put a value there.
        var ambiguous = Source.Templates.Where(t => MessageSource.HolesOf(t.Template).Count > t.Template.Count(c => c == '{')).ToList();
        Assert.Empty(ambiguous);
    }

    [Fact]
    public void ACatalogWithoutOneEntry_IsFoundIncomplete()
    {
        // The mutation: the real catalog less one entry must fail the completeness check, naming that entry.
        var language = Translated.First();
        var text = CatalogFile.Read(language);
        var (removed, without) = CatalogFile.WithoutOneEntry(text, "unknown key '{0}' in {1} {2}");
        var missing = Missing(MessageCatalog.Parse(language, without), Source);
        Assert.Equal([removed], missing.Select(m => m.Split(": ", 2)[1]).Distinct());
        Assert.Empty(Missing(MessageCatalog.Parse(language, text), Source));
    }

    /// <summary>The templates of <paramref name="source"/> that <paramref name="catalog"/> lacks, each with where it is said.</summary>
    private static List<string> Missing(MessageCatalog catalog, MessageSource source) => source.Templates
        .Where(t => source.TranslatableTemplates.Contains(t.Template) && !catalog.Translations.ContainsKey(t.Template))
        .Select(t => $"{t.Where}: {t.Template}")
        .Order(StringComparer.Ordinal)
        .ToList();
}
