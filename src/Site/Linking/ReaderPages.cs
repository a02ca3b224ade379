using Site.Content;
using Site.Loading;

namespace Site.Linking;

/// <summary>
/// The pages an edition has for its readers beyond the report itself, generated from what editors keep beside it:
/// "for the press" (its ready-to-quote facts), the index of places it names, and its corrections and notices
/// (always present, so that "no corrections" is said, not left to guess).
/// </summary>
public static class ReaderPages
{
    public const string Press = "press";
    public const string Places = "places";
    public const string Corrections = "corrections";

    public static IEnumerable<LinkedPage> For(ContentSet content, UrlScheme urls, Edition edition, string language)
    {
        var t = content.Strings[language];
        var data = content.DataOf(edition.Id);
        LinkedPage Page(string section, OutputKind kind) => new(PageKey.SectionIndex(edition.Id, section), language, kind, urls.Section(language, edition.Id, section),
            t[$"{section}_title"], t[$"{section}_summary"], edition.Id, section, null, null);

        if (data.Facts.Count > 0)
        {
            yield return Page(Press, OutputKind.Press);
        }

        if (data.Places.Count > 0)
        {
            yield return Page(Places, OutputKind.Places);
        }

        yield return Page(Corrections, OutputKind.Corrections);
    }
}
