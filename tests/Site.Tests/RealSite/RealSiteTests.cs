using System.Text;
using System.Text.RegularExpressions;
using Site.Tests.Support;

namespace Site.Tests.RealSite;

public partial class RealSiteTests : IClassFixture<RealSiteFixture>
{
    /// <summary>
    /// Source sentences that do not appear verbatim on a Vietnamese page, each with its reason. Matching ignores
    /// white space (PDF line breaks) and is otherwise exact.
    /// </summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["https://thuvienphapluat.vn"] = "the bare URL of 3.2.5 became the link on 'Nghị quyết số 76/NQ-CP ngày 15/7/2021'",
        ["GIỚI THIỆU ĐIỂN HÌNH TIÊN TIẾN TIÊU BIỂU"] = "the all-capitals heading of Part Two is the stories section's title, in sentence case",
        ["Phần thứ Hai"] = "part of the Part Two heading, which is the stories section's title",
        ["TRONG THAM GIA CÁC PHONG TRÀO THI ĐUA CỦA TỈNH"] = "the second line of the Part Two heading",
    };

    private readonly RealSiteFixture _site;

    public RealSiteTests(RealSiteFixture site)
    {
        _site = site;
    }

    [Fact]
    public void RealSite_BuildsWithStrict_WithoutErrorsOrWarnings()
    {
        Assert.True(_site.Result.Succeeded, string.Join('\n', _site.Result.Diagnostics));
        var problems = _site.Result.Diagnostics.Where(d => d.Severity is Site.Diagnostics.Severity.Error or Site.Diagnostics.Severity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void RealSite_EverySentenceOfTheSourceReport_AppearsWholeOnOneVietnamesePage()
    {
        var pages = _site.MainText.Where(p => _site.Language[p.Key] == "vi").ToDictionary(p => p.Key, p => Squeeze(p.Value), StringComparer.Ordinal);
        Assert.True(pages.Count > 20, $"only {pages.Count} Vietnamese pages were read");
        var sentences = SourceSentences().Where(f => !Exceptions.Keys.Any(e => string.Join(' ', f).Contains(e, StringComparison.Ordinal))).ToList();
        Assert.True(sentences.Count > 250, $"only {sentences.Count} source sentences were read");
        var missing = Missing(sentences, pages);
        Assert.True(missing.Count == 0, $"{missing.Count} source sentences are not found whole on one Vietnamese page:\n- " + string.Join("\n- ", missing.Take(40)));
    }

    [Fact]
    public void Completeness_ASentenceWhosePartsAreOnDifferentPages_IsMissing()
    {
        // A heading runs into the sentence after it (the PDF has no full stop after a heading): its two parts may be
        // found apart, but on one page and in order, never one part here and the other there.
        List<string> sentence = ["1. Công tác chỉ đạo", "Tỉnh đã ban hành kế hoạch."];
        var together = new Dictionary<string, string> { ["a"] = Squeeze("1. Công tác chỉ đạo … Tỉnh đã ban hành kế hoạch.") };
        var apart = new Dictionary<string, string> { ["a"] = Squeeze("1. Công tác chỉ đạo"), ["b"] = Squeeze("Tỉnh đã ban hành kế hoạch.") };
        var reversed = new Dictionary<string, string> { ["a"] = Squeeze("Tỉnh đã ban hành kế hoạch. 1. Công tác chỉ đạo") };
        var acrossTheBoundary = new Dictionary<string, string> { ["a"] = Squeeze("x 1. Công tác chỉ đạo Tỉnh đã"), ["b"] = Squeeze("ban hành kế hoạch. y") };
        Assert.Empty(Missing([sentence], together));
        Assert.Single(Missing([sentence], apart));
        Assert.Single(Missing([sentence], reversed));
        Assert.Single(Missing([sentence], acrossTheBoundary));
    }

    /// <summary>
    /// The sentences not found on a single page: whole, or as two parts split where the PDF broke the line
    /// (heading | sentence, item | item), the second after the first.
    /// </summary>
    private static List<string> Missing(IEnumerable<List<string>> sentences, IReadOnlyDictionary<string, string> squeezedPages)
    {
        var missing = new List<string>();
        foreach (var fragments in sentences)
        {
            var whole = Squeeze(string.Concat(fragments));
            bool OnOnePage(string page) =>
                page.Contains(whole, StringComparison.Ordinal)
                || Enumerable.Range(1, Math.Max(0, fragments.Count - 1)).Any(k =>
                {
                    var head = Squeeze(string.Concat(fragments[..k]));
                    var first = page.IndexOf(head, StringComparison.Ordinal);
                    return first >= 0 && page.IndexOf(Squeeze(string.Concat(fragments[k..])), first + head.Length, StringComparison.Ordinal) >= 0;
                });
            if (!squeezedPages.Values.Any(OnOnePage))
            {
                missing.Add(string.Join(' ', fragments));
            }
        }

        return missing;
    }

    [Fact]
    public void RealSite_GlossaryTerms_OnAVietnamesePage_AreTranslatedConsistently()
    {
        var glossary = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "input", "glossary.yml"));
        var terms = TermPairs().Matches(glossary).Select(m => (Vi: m.Groups[1].Value, En: m.Groups[2].Value)).ToList();
        Assert.True(terms.Count >= 40, $"only {terms.Count} glossary terms were read");
        var problems = new List<string>();
        var checkedUses = 0;
        var pairs = _site.MainText.Where(p => p.Key.StartsWith("vi/", StringComparison.Ordinal))
            .Select(p => (Path: p.Key, Text: p.Value, English: FindTranslation(p.Key))).Where(p => p.English is not null).ToList();
        Assert.True(pairs.Count > 20, $"only {pairs.Count} Vietnamese pages have an English translation to compare");
        foreach (var (path, text, english) in pairs)
        {
            foreach (var (vi, en) in terms.Where(t => text.Contains(t.Vi, StringComparison.OrdinalIgnoreCase)))
            {
                checkedUses++;
                if (!english!.Contains(en, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{path}: '{vi}' is on the Vietnamese page but '{en}' is not on its translation");
                }
            }
        }

        Assert.True(checkedUses > 100, $"glossary terms were found only {checkedUses} times on translated pages");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("vi/2022-05/dien-hinh/doan-thanh-nien-xa-dien-quan/index.html")]
    [InlineData("en/2022-05/index.html")]
    public void RealSite_PageWithItsCssScriptsAndCharts_TransfersUnder100KB(string page)
    {
        var html = File.ReadAllText(Path.Combine(_site.Output, page));
        var resources = Regex.Matches(html, "(?:href|src)=\"([^\"]+\\.(?:css|js|svg))\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains(resources, r => r.EndsWith(".css", StringComparison.Ordinal));
        var directory = Path.GetDirectoryName(Path.Combine(_site.Output, page))!;
        var total = Gzipped(File.ReadAllBytes(Path.Combine(_site.Output, page)));
        foreach (var resource in resources)
        {
            total += Gzipped(File.ReadAllBytes(Path.GetFullPath(Path.Combine(directory, resource))));
        }

        Assert.True(total < 100 * 1024, $"{page} transfers {total / 1024} KB compressed");
    }

    private static long Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }

    [Fact]
    public void RealSite_HasTheGlossaryPage_InBothLanguages()
    {
        Assert.Contains("phong trào thi đua", _site.MainText["vi/thuat-ngu/index.html"], StringComparison.Ordinal);
        Assert.Contains("emulation movement", _site.MainText["en/glossary/index.html"], StringComparison.Ordinal);
    }

    /// <summary>The English page of a Vietnamese page, found through its hreflang alternate.</summary>
    private string? FindTranslation(string viPath)
    {
        var html = File.ReadAllText(Path.Combine(_site.Output, viPath));
        var match = Regex.Match(html, "<link rel=\"alternate\" hreflang=\"en\" href=\"https?://[^/]+/[^\"]*?/(en/[^\"]*)\">");
        if (!match.Success)
        {
            return null;
        }

        var path = match.Groups[1].Value + "index.html";
        return _site.MainText.GetValueOrDefault(path);
    }

    /// <summary>The source's sentences (Part One and Two, not the appendices), each as the pieces of the PDF lines it spans.</summary>
    private static IEnumerable<List<string>> SourceSentences()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "source-report.txt"));
        var end = Array.FindIndex(lines, l => l.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal));
        var sentence = new List<string>();
        foreach (var line in lines[..(end < 0 ? lines.Length : end)])
        {
            var trimmed = line.Trim().Normalize(NormalizationForm.FormC);
            if (trimmed.Length == 0 || trimmed.All(char.IsAsciiDigit))
            {
                continue; // blank lines and page numbers are PDF artefacts
            }

            var pieces = SentenceEnd().Split(trimmed);
            for (var i = 0; i < pieces.Length; i++)
            {
                // A "- " or "+ " opening a PDF line is a list marker, which the page renders as a list item.
                sentence.Add(i == 0 ? ListMarker().Replace(pieces[i], string.Empty) : pieces[i]);
                if (i < pieces.Length - 1 || ".;:!?…".Contains(trimmed[^1]))
                {
                    yield return sentence;
                    sentence = [];
                }
            }
        }

        if (sentence.Count > 0)
        {
            yield return sentence;
        }
    }

    /// <summary>Removes all white space: PDF line breaks and Markdown joins must not decide a match.</summary>
    private static string Squeeze(string text) => Whitespace().Replace(text.Normalize(NormalizationForm.FormC), string.Empty);

    [GeneratedRegex(@"(?<=[.;:!?…])\s+(?=\S)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^[-+]\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A term's two sides: the `vi:` and `en:` lines right under its `- id:` line (not its definition's).</summary>
    [GeneratedRegex("^  - id: [^\\n]+\\n    vi: \"([^\"]+)\"\\n    en: \"([^\"]+)\"", RegexOptions.Multiline)]
    private static partial Regex TermPairs();
}
