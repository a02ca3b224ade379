namespace Site.BrowserTests.Support;

/// <summary>One page of each kind of the real site, by its address relative to the base URL.</summary>
public static class SitePages
{
    public const int Narrow = 360;
    public const int Wide = 1280;

    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home-vi"] = "",
        ["home-en"] = "en/",
        ["edition-home-vi"] = "vi/2022-05/",
        ["edition-home-en"] = "en/2022-05/",
        ["section-report"] = "vi/2022-05/bao-cao/",
        ["section-movements"] = "vi/2022-05/phong-trao/",
        ["section-stories"] = "en/2022-05/exemplary-models/",
        ["section-appendices"] = "en/2022-05/appendices/",
        ["chapter"] = "vi/2022-05/bao-cao/ket-qua-thuc-hien/",
        ["movement-vi"] = "vi/2022-05/phong-trao/phong-chong-covid-19/",
        ["movement-en"] = "en/2022-05/movements/covid-19/",
        ["story"] = "vi/2022-05/dien-hinh/hoang-tung/",
        ["appendix-vi"] = "vi/2022-05/phu-luc/01/",
        ["appendix-en"] = "en/2022-05/appendices/05/",
        ["site-page"] = "en/about/",
        ["glossary-vi"] = "vi/thuat-ngu/",
        ["glossary-en"] = "en/glossary/",
        ["search-vi"] = "vi/tim-kiem/",
        ["search-en"] = "en/search/",
        ["archive-vi"] = "vi/cac-ky-bao-cao/",
        ["archive-en"] = "en/editions/",
        ["not-found"] = "vi/2022-05/khong-co-trang-nay/",
        ["press-vi"] = "vi/2022-05/bao-chi/",
        ["press-en"] = "en/2022-05/press/",
        ["places-vi"] = "vi/2022-05/dia-danh/",
        ["places-en"] = "en/2022-05/places/",
        ["corrections-vi"] = "vi/2022-05/dinh-chinh/",
        ["corrections-en"] = "en/2022-05/corrections/",
        ["summary-vi"] = "vi/2022-05/tom-tat/",
        ["summary-en"] = "en/2022-05/summary/",
    };

    public static IEnumerable<object[]> KindsAtBothWidths() =>
        Kinds.Keys.SelectMany(kind => new[] { new object[] { kind, Narrow }, new object[] { kind, Wide } });

    /// <summary>The front matter value of a key in a Markdown file (the simple "key: value" lines only).</summary>
    public static string? FrontMatter(string file, string key)
    {
        var lines = File.ReadAllLines(file);
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return null;
        }

        foreach (var line in lines.Skip(1).TakeWhile(l => l.Trim() != "---"))
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return line[(key.Length + 1)..].Trim().Trim('"');
            }
        }

        return null;
    }
}
