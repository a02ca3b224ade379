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
        Assert.DoesNotContain(_site.Result.Diagnostics, d => d.Code == "SITE023");
    }

    [Fact]
    public void RealSite_EverySentenceOfTheSourceReport_AppearsOnAVietnamesePage()
    {
        var corpus = Squeeze(string.Concat(_site.MainText.Where(p => _site.Language[p.Key] == "vi").Select(p => p.Value)));
        var missing = new List<string>();
        foreach (var fragments in SourceSentences())
        {
            var sentence = string.Join(' ', fragments);
            if (Exceptions.Keys.Any(e => sentence.Contains(e, StringComparison.Ordinal)))
            {
                continue;
            }

            // A heading has no full stop, so it runs into the sentence after it: accept a sentence that is found
            // whole, or as two parts split where the PDF broke the line (heading | sentence, item | item).
            bool Found(IEnumerable<string> parts) => corpus.Contains(Squeeze(string.Concat(parts)), StringComparison.Ordinal);
            if (!Found(fragments) && !Enumerable.Range(1, Math.Max(0, fragments.Count - 1)).Any(k => Found(fragments[..k]) && Found(fragments[k..])))
            {
                missing.Add(sentence);
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} source sentences are missing from the Vietnamese pages:\n- " + string.Join("\n- ", missing.Take(40)));
    }

    [Fact]
    public void RealSite_GlossaryTerms_OnAVietnamesePage_AreTranslatedConsistently()
    {
        var glossary = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "input", "glossary.yml"));
        var terms = TermPairs().Matches(glossary).Select(m => (Vi: m.Groups[1].Value, En: m.Groups[2].Value)).ToList();
        Assert.True(terms.Count > 10, "the glossary should have terms");
        var problems = new List<string>();
        foreach (var (path, text) in _site.MainText.Where(p => p.Key.StartsWith("vi/", StringComparison.Ordinal)))
        {
            var english = FindTranslation(path);
            if (english is null)
            {
                continue;
            }

            foreach (var (vi, en) in terms)
            {
                if (text.Contains(vi, StringComparison.OrdinalIgnoreCase) && !english.Contains(en, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{path}: '{vi}' is on the Vietnamese page but '{en}' is not on its translation");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("vi/2022-05/dien-hinh/doan-thanh-nien-xa-dien-quan/index.html")]
    [InlineData("en/2022-05/index.html")]
    public void RealSite_PageWithItsCssScriptsAndCharts_TransfersUnder100KB(string page)
    {
        var html = File.ReadAllText(Path.Combine(_site.Output, page));
        var resources = Regex.Matches(html, "(?:href|src)=\"([^\"]+\\.(?:css|js|svg))\"").Select(m => m.Groups[1].Value).Distinct();
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

    [GeneratedRegex("vi: \"([^\"]+)\"\\s*\\n\\s*en: \"([^\"]+)\"")]
    private static partial Regex TermPairs();
}
