
namespace Site.Linking;

/// <summary>Order within a section: weight, then the report's own numbering (2.10 after 2.9), then title.</summary>
public sealed class PageOrder : IComparer<LinkedPage>
{
    public static readonly PageOrder Instance = new();

    public int Compare(LinkedPage? x, LinkedPage? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var weight = (x.Source?.Meta.Weight ?? int.MaxValue).CompareTo(y.Source?.Meta.Weight ?? int.MaxValue);
        if (weight != 0)
        {
            return weight;
        }

        var number = NaturalCompare(x.Number ?? string.Empty, y.Number ?? string.Empty);
        return number != 0 ? number : string.CompareOrdinal(x.Title, y.Title) is var t and not 0 ? t : string.CompareOrdinal(x.Key.Value, y.Key.Value);
    }

    private static int NaturalCompare(string a, string b)
    {
        var left = a.Split('.');
        var right = b.Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var c = int.TryParse(left[i], out var l) && int.TryParse(right[i], out var r) ? l.CompareTo(r) : string.CompareOrdinal(left[i], right[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
