using System.Text;
using System.Text.RegularExpressions;

namespace Site.Text;

/// <summary>How well one query word matches one word of the text; higher is better, <see cref="None"/> is no match.</summary>
public enum MatchQuality
{
    None = 0,

    /// <summary>The text word starts with the query word once both are folded ("khen thu" → "thưởng").</summary>
    FoldedPrefix = 1,

    /// <summary>The text word starts with the query word as typed, diacritics included.</summary>
    ExactPrefix = 2,

    /// <summary>The same word once both are folded ("doan" → "Đoàn").</summary>
    Folded = 3,

    /// <summary>The same word as typed, diacritics included (after lower-casing and NFC).</summary>
    Exact = 4,
}

/// <summary>The fields of a search entry, each weighted: a match in the title counts most, one in the body least.</summary>
public sealed record SearchFields(string Title, string Summary = "", string Headings = "", string Keys = "", string Body = "");

/// <summary>
/// A page's rank for a query: <see cref="Score"/> first (the sum over query words of the best weighted match),
/// then <see cref="Frequency"/> (how many words of the page match), for ties. A page that misses a query word
/// does not match at all (several words narrow the results).
/// </summary>
public readonly record struct SearchRank(int Score, int Frequency) : IComparable<SearchRank>
{
    public static readonly SearchRank None = new(0, 0);

    public bool IsMatch => Score > 0;

    public int CompareTo(SearchRank other) => Score != other.Score ? Score.CompareTo(other.Score) : Frequency.CompareTo(other.Frequency);

    public static bool operator <(SearchRank left, SearchRank right) => left.CompareTo(right) < 0;

    public static bool operator >(SearchRank left, SearchRank right) => left.CompareTo(right) > 0;

    public static bool operator <=(SearchRank left, SearchRank right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SearchRank left, SearchRank right) => left.CompareTo(right) >= 0;
}

/// <summary>
/// The search's folding and ranking. theme/assets/search.js implements the same algorithm, step for step; change
/// both together. Text is compared in two forms: "exact" (lower-cased, NFC: diacritics kept) and "folded"
/// (also without combining marks, đ → d), so that "doan thanh nien" finds "Đoàn Thanh niên" while a reader who
/// types "Đoàn" sees the pages that spell it so first.
/// </summary>
public static partial class SearchFolding
{
    /// <summary>Field weights (title, summary, headings, keys, body); search.js has the same numbers.</summary>
    public const int TitleWeight = 10;
    public const int HeadingWeight = 5;
    public const int SummaryWeight = 3;
    public const int KeysWeight = 3;
    public const int BodyWeight = 1;

    /// <summary>Lower-case and NFC: the "exact" form, whatever the reader's keyboard sent (NFD from some phones).</summary>
    public static string Lower(string text) => text.ToLowerInvariant().Normalize(NormalizationForm.FormC);

    /// <summary>Lower-case, diacritics removed, đ → d: "Đoàn Thanh niên" → "doan thanh nien".</summary>
    public static string Fold(string text) => VietnameseFolding.Fold(text.ToLowerInvariant());

    /// <summary>The words of a text in their exact form (lower-case, NFC, diacritics kept); anything but letters, digits and marks separates.</summary>
    public static IReadOnlyList<string> Tokens(string text) => Word().Matches(Lower(text)).Select(m => m.Value).ToList();

    public static MatchQuality Match(string queryWord, string textWord)
    {
        var queryExact = Lower(queryWord);
        var textExact = Lower(textWord);
        if (queryExact.Length == 0)
        {
            return MatchQuality.None;
        }

        if (textExact == queryExact)
        {
            return MatchQuality.Exact;
        }

        var queryFolded = Fold(queryExact);
        var textFolded = Fold(textExact);
        return textFolded == queryFolded ? MatchQuality.Folded
            : textExact.StartsWith(queryExact, StringComparison.Ordinal) ? MatchQuality.ExactPrefix
            : textFolded.StartsWith(queryFolded, StringComparison.Ordinal) ? MatchQuality.FoldedPrefix
            : MatchQuality.None;
    }

    /// <summary>The rank of one text for a query, the text counting as a body.</summary>
    public static SearchRank Score(string query, string text) => Score(query, new SearchFields(string.Empty, Body: text));

    /// <summary>
    /// The rank of an entry: for each query word, its best match in any field times that field's weight, summed;
    /// <see cref="SearchRank.None"/> when any query word matches nowhere.
    /// </summary>
    public static SearchRank Score(string query, SearchFields fields)
    {
        var words = Tokens(query).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0)
        {
            return SearchRank.None;
        }

        var weighted = new (int Weight, IReadOnlyList<string> Tokens)[]
        {
            (TitleWeight, Tokens(fields.Title)),
            (SummaryWeight, Tokens(fields.Summary)),
            (HeadingWeight, Tokens(fields.Headings)),
            (KeysWeight, Tokens(fields.Keys)),
            (BodyWeight, Tokens(fields.Body)),
        };
        var score = 0;
        var frequency = 0;
        foreach (var word in words)
        {
            var best = 0;
            foreach (var (weight, tokens) in weighted)
            {
                foreach (var token in tokens)
                {
                    var quality = (int)Match(word, token);
                    if (quality > 0)
                    {
                        frequency++;
                        best = Math.Max(best, weight * quality);
                    }
                }
            }

            if (best == 0)
            {
                return SearchRank.None;
            }

            score += best;
        }

        return new SearchRank(score, frequency);
    }

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    private static partial Regex Word();
}
