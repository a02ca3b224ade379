using Site.Content;

namespace Site.Linking;

/// <summary>The anchor of an entry on its corrections page, the same in the page and its feed: "correction-2026-12-01", then "-2", "-3" for more that day.</summary>
public static class CorrectionAnchors
{
    public static string Of(Correction entry, IReadOnlyList<Correction> all)
    {
        var index = all.Where(c => c.Date == entry.Date).ToList().IndexOf(entry);
        return index == 0 ? $"correction-{entry.Date}" : $"correction-{entry.Date}-{index + 1}";
    }
}
