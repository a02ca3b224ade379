using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Publishing;
using Site.Tests.Support;

namespace Site.Tests.Search;

/// <summary>
/// theme/assets/search.js run by Jint (<see cref="SearchScript"/>) over built sites: folding, ranking, the split
/// index it reads, and a dozen queries on the real site typed without diacritics.
/// </summary>
public class SearchTests
{
    private static string Nfd(string text) => text.Normalize(NormalizationForm.FormD);

    private static readonly Lazy<SearchScript> Script = new(() => new SearchScript(Path.GetTempPath()));

    [Theory]
    [InlineData("Đoàn Thanh niên", "doan thanh nien")]
    [InlineData("ĐẶC ĐIỂM TÌNH HÌNH", "dac diem tinh hinh")]
    [InlineData("đ", "d")]
    [InlineData("Ủy ban", "uy ban")]
    [InlineData("Uỷ ban", "uy ban")]
    [InlineData("Emulation Movement", "emulation movement")]
    public void Fold_LowerCasesAndRemovesDiacritics_TurningDIntoD(string text, string folded) =>
        Assert.Equal(folded, Script.Value.Fold(text));

    [Fact]
    public void Fold_OfDecomposedInput_IsTheSameAsOfComposed()
    {
        Assert.NotEqual("Đoàn Thanh niên khen thưởng", Nfd("Đoàn Thanh niên khen thưởng"));
        Assert.Equal("doan thanh nien khen thuong", Script.Value.Fold(Nfd("Đoàn Thanh niên khen thưởng")));
    }

    [Fact]
    public void Tokens_SplitOnAnythingButLettersAndDigits_KeepingDiacritics()
    {
        Assert.Equal(["đoàn", "thanh", "niên", "covid", "19", "2021"], Script.Value.Tokens("Đoàn  Thanh-niên: (COVID-19), “2021”!"));
    }

    [Fact]
    public void Tokens_OfDecomposedInput_AreComposedWordsNotSplitAtTheMarks()
    {
        Assert.Equal(["khen", "thưởng"], Script.Value.Tokens(Nfd("Khen thưởng")));
    }

    /// <summary>Pages that tell the ranking's rules apart: each pair differs in one thing only.</summary>
    private const string RankingSite = TestSite.MinimalSite + """

        -- input/editions/2022-05/movements/doan-title.vi.md --
        ---
        title: "Đoàn Thanh niên xã Điện Quan"
        summary: "Một."
        number: "1"
        launched_by: province
        ---

        Tuổi trẻ xã Điện Quan.
        -- input/editions/2022-05/movements/doan-heading.vi.md --
        ---
        title: "Phòng, chống dịch"
        summary: "Hai."
        number: "2"
        launched_by: province
        ---

        Mở đầu.

        ## Đoàn Thanh niên

        Khen thưởng 25 tập thể.
        -- input/editions/2022-05/movements/doan-body.vi.md --
        ---
        title: "Phòng, chống thiên tai"
        summary: "Ba."
        number: "3"
        launched_by: province
        ---

        Đoàn Thanh niên, Đoàn Thanh niên, Đoàn Thanh niên.
        -- input/editions/2022-05/movements/doanh-nghiep.vi.md --
        ---
        title: "Doanh nghiệp trẻ"
        summary: "Bốn."
        number: "4"
        launched_by: province
        ---

        Doanh nghiệp thanh niên.
        -- input/editions/2022-05/movements/thanh-pho.vi.md --
        ---
        title: "Thành phố Lào Cai"
        summary: "Năm."
        number: "5"
        launched_by: province
        ---

        Chào mừng.
        -- input/editions/2022-05/movements/du-doan.vi.md --
        ---
        title: "Kế hoạch năm"
        summary: "Sáu."
        number: "6"
        launched_by: province
        ---

        Dự đoán, đoán trước, đoán sau, đoán đúng, đoán sai, đoán mò.
        -- input/editions/2022-05/movements/mot-doan.vi.md --
        ---
        title: "Kế hoạch tháng"
        summary: "Bảy."
        number: "7"
        launched_by: province
        ---

        Một đoàn công tác.
        -- input/editions/2022-05/movements/thanh-tra.vi.md --
        ---
        title: "Thanh tra tỉnh"
        summary: "Tám."
        number: "8"
        launched_by: province
        ---

        Bằng khen thưởng của Chủ tịch.
        """;

    private static readonly Lazy<TestSite> Ranking = new(() =>
    {
        var site = TestSite.Create(RankingSite);
        site.BuildExpectingSuccess();
        return site;
    });

    private static List<string> Slugs(string query) =>
        new SearchScript(Ranking.Value.Output).Query("vi", query, 20).Hits.Select(h => h.Url.TrimEnd('/').Split('/')[^1]).ToList();

    [Fact]
    public void Search_ATitleMatch_RanksAboveAHeadingMatch_AboveABodyMatch_WhateverTheFrequency()
    {
        var slugs = Slugs("doan thanh nien");
        Assert.Equal(["doan-title", "doan-heading", "doan-body"], slugs.Where(s => s.StartsWith("doan-", StringComparison.Ordinal)));
        Assert.Equal("doan-title", slugs[0]);
    }

    [Fact]
    public void Search_SeveralWords_NarrowTheResults_EveryWordMustMatch()
    {
        Assert.Contains("thanh-tra", Slugs("thanh"));
        Assert.DoesNotContain("thanh-tra", Slugs("thanh nien"));
        Assert.Contains("doanh-nghiep", Slugs("thanh nien"));
    }

    [Fact]
    public void Search_WithoutDiacritics_PrefersAWholeWordToAPrefix()
    {
        var slugs = Slugs("doan");
        Assert.Contains("doanh-nghiep", slugs);
        Assert.True(slugs.IndexOf("doan-title") < slugs.IndexOf("doanh-nghiep"), string.Join(", ", slugs));
    }

    [Fact]
    public void Search_AWordTypedWithTheRightDiacritics_RanksItsExactSpellingFirst()
    {
        var slugs = Slugs("thành");
        Assert.Equal("thanh-pho", slugs[0]);
        Assert.Contains("doan-title", slugs); // "thanh" still matches once folded
    }

    [Fact]
    public void Search_TheExactSpellingRanksFirst_EvenWhenTheFoldedOneIsMoreFrequent()
    {
        var slugs = Slugs("đoàn công");
        Assert.Equal(["mot-doan"], slugs);
        var alone = Slugs("Đoàn");
        Assert.True(alone.IndexOf("mot-doan") >= 0 && alone.IndexOf("mot-doan") < alone.IndexOf("du-doan"), string.Join(", ", alone));
    }

    [Fact]
    public void Search_APrefixMatches_WhileTheReaderIsTyping()
    {
        Assert.Contains("thanh-tra", Slugs("khen thu"));
        Assert.Equal(["thanh-tra"], Slugs("bằng khen thư"));
    }

    [Fact]
    public void Search_OfADecomposedQuery_IsTheSameAsOfTheComposedOne() =>
        Assert.Equal(Slugs("Đoàn Thanh niên"), Slugs(Nfd("Đoàn Thanh niên")));

    [Fact]
    public void Search_AOneLetterWord_MatchesWholeWordsOnly()
    {
        Assert.Empty(Slugs("đ"));
        Assert.Contains("doan-title", Slugs("đo"));
    }

    [Fact]
    public void Search_OfAnEmptyQuery_MatchesNothing()
    {
        Assert.Empty(Slugs(""));
        Assert.Empty(Slugs(" – "));
    }

    /// <summary>
    /// The real site (vi), queries typed as a reader without a Vietnamese keyboard would, with the page each should
    /// find first, chosen by reading the pages: each query's words are in that page's title or summary.
    /// real-site-queries.json holds them; the benchmark asks Pagefind the same ones.
    /// </summary>
    public static TheoryData<string, string> RealSiteQueries()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "tests", "Site.Tests", "Search", "real-site-queries.json")));
        var data = new TheoryData<string, string>();
        foreach (var row in document.RootElement.EnumerateArray())
        {
            data.Add(row.GetProperty("query").GetString()!, row.GetProperty("expected").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealSiteQueries))]
    public void RealSite_AQueryWithoutDiacritics_FindsThePageItDescribesFirst(string query, string expected)
    {
        var (total, hits) = new SearchScript(RealSiteBuild.Output).Query("vi", query);
        Assert.True(total > 0, $"no result for '{query}'");
        Assert.Equal(expected, hits[0].Url);
    }

    [Fact]
    public void RealSite_WithoutTheFoldingOfD_SomeOfTheQueriesFail()
    {
        // The queries above must exercise đ → d: with a copy of search.js that drops it, "doan tncs dien quan" finds nothing.
        var source = File.ReadAllText(SearchScript.ScriptPath);
        Assert.Contains(".replace(/đ/g, \"d\")", source);
        var mutated = new SearchScript(RealSiteBuild.Output, source.Replace(".replace(/đ/g, \"d\")", string.Empty, StringComparison.Ordinal));
        Assert.Equal(0, mutated.Query("vi", "doan tncs dien quan").Total);
        Assert.NotEqual(0, new SearchScript(RealSiteBuild.Output).Query("vi", "doan tncs dien quan").Total);
    }

    [Fact]
    public void RealSite_AResult_LinksToTheHeadingWhereTheWordsAre_AndQuotesTheTextUnderIt()
    {
        var (_, hits) = new SearchScript(RealSiteBuild.Output).Query("vi", "loi danh may duoc giu nguyen");
        var hit = hits[0];
        Assert.Equal("vi/ghi-chu-bien-tap/", hit.Url);
        Assert.Equal("loi-danh-may-duoc-giu-nguyen", hit.Anchor);
        Assert.EndsWith(" › Lỗi đánh máy được giữ nguyên", hit.Label);
        Assert.True(hit.Text.Length > 0);
    }

    [Fact]
    public void RealSite_AFirstQuery_ReadsTheHead_TheWordChunksItNeeds_AndOnlyTheShownPages()
    {
        var output = RealSiteBuild.Output;
        var index = Directory.EnumerateFiles(Path.Combine(output, "vi", "search-index")).Sum(f => new FileInfo(f).Length);
        var search = new SearchScript(output);
        var (total, hits) = search.Query("vi", "khen thuong", count: 10);
        Assert.True(total > 10, "the query should match more pages than it shows");
        Assert.Equal(10, hits.Count);
        var read = search.FilesRead.Keys.ToList();
        Assert.Contains("vi/search-index.json", read);
        Assert.Equal(10, read.Count(p => Regex.IsMatch(p, @"^vi/search-index/p\d+\.json$")));
        Assert.InRange(read.Count(p => Regex.IsMatch(p, @"^vi/search-index/w\d+\.json$")), 1, 2);
        Assert.True(search.BytesRead < index * 2 / 3, $"read {search.BytesRead} of {index} bytes");
    }

    [Fact]
    public void SearchScript_UsesTheIndexesWeightsAndDigits_AndBuildsResultsWithoutInnerHtml()
    {
        var script = File.ReadAllText(SearchScript.ScriptPath);
        var weights = Regex.Match(script, @"WEIGHTS = \[(\d+), (\d+), (\d+), (\d+)\]");
        Assert.True(weights.Success, "search.js must declare its field weights");
        Assert.Equal(SearchIndexBuilder.FieldWeights, weights.Groups.Values.Skip(1).Select(g => int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains($"var DIGITS = \"{SearchIndexBuilder.Digits}\";", script);
        Assert.Contains($"var MORE = \"{SearchIndexBuilder.MoreDigits}\";", script);
        Assert.DoesNotContain("innerHTML", script);
        Assert.DoesNotMatch("https?://", script);
    }

    private const string Site = TestSite.MinimalSite + """

        -- input/glossary.yml --
        terms:
          - id: certificate-of-merit
            vi: "Bằng khen"
            en: "Certificate of Merit"
            definition:
              vi: "Hình thức khen thưởng bằng văn bản."
              en: "A written form of award."
        -- input/editions/2022-05/movements/covid-19.vi.md --
        ---
        title: "Phòng, chống dịch COVID-19"
        summary: "Phong trào thi đua đặc biệt."
        slug: phong-chong-covid-19
        number: "2.1"
        launched_by: prime-minister
        ---

        Mở đầu.

        ## Đoàn Thanh niên

        Tuổi trẻ tình nguyện.

        ### Kết quả

        Khen thưởng 25 tập thể.
        -- input/editions/2022-05/movements/covid-19.en.md --
        ---
        title: "COVID-19 prevention"
        summary: "A special emulation movement."
        slug: covid-19
        number: "2.1"
        launched_by: prime-minister
        ---

        ## Youth Union

        Young volunteers.
        -- input/editions/2022-05/appendices/01.yml --
        number: "01"
        title: { vi: "Báo cáo tổng hợp khen thưởng", en: "Summary of commendations" }
        movements: [covid-19]
        row_header: { vi: "Hình thức KT", en: "Award form" }
        columns:
          - id: total
            vi: "Tổng số"
            en: "Total"
        rows:
          - id: "1"
            label: { vi: "Bằng khen của Chủ tịch UBND tỉnh", en: "Chairman's Certificate of Merit" }
            cells: { total: 3 }
          - id: total
            total: true
            label: { vi: "Tổng số", en: "Total" }
            cells: { total: 3 }
        """;

    /// <summary>The pages of a language's index, in page-number order (p0, p1, …, as many as the head says).</summary>
    private static List<JsonElement> Pages(TestSite site, string language)
    {
        using var head = JsonDocument.Parse(site.ReadOutput($"{language}/search-index.json"));
        var count = head.RootElement.GetProperty("n").GetInt32();
        Assert.True(count > 0);
        return Enumerable.Range(0, count).Select(i => JsonDocument.Parse(site.ReadOutput($"{language}/search-index/p{i}.json")).RootElement).ToList();
    }

    private static JsonElement Entry(List<JsonElement> pages, string url) => pages.Single(p => p.GetProperty("u").GetString() == url);

    [Fact]
    public void Build_WritesASearchIndexPerLanguage_WithThatLanguagesTitles_InUrlOrder()
    {
        using var site = TestSite.Create(Site);
        site.BuildExpectingSuccess();
        var vi = Pages(site, "vi");
        var en = Pages(site, "en");
        var viTitles = vi.Select(p => p.GetProperty("t").GetString()).ToList();
        Assert.Contains("Phòng, chống dịch COVID-19", viTitles);
        Assert.DoesNotContain("COVID-19 prevention", viTitles);
        Assert.Contains("COVID-19 prevention", en.Select(p => p.GetProperty("t").GetString()));
        using var head = JsonDocument.Parse(site.ReadOutput("vi/search-index.json"));
        Assert.Equal("vi", head.RootElement.GetProperty("l").GetString());
        Assert.Equal(SearchIndexBuilder.FormatVersion, head.RootElement.GetProperty("v").GetInt32());
        var urls = vi.Select(p => p.GetProperty("u").GetString()!).ToList();
        Assert.All(urls, u => Assert.False(u.StartsWith('/')));
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
        Assert.DoesNotContain("vi/tim-kiem/", urls);
        Assert.False(File.Exists(Path.Combine(site.Output, "vi", "search-index", $"p{urls.Count}.json")), "a page file beyond the head's count");
    }

    [Fact]
    public void SearchIndex_IsCompactNfcText_WithSiteRelativeUrlsAndARootToResolveThem()
    {
        using var site = TestSite.Create(Site);
        site.BuildExpectingSuccess();
        var files = Directory.EnumerateFiles(Path.Combine(site.Output, "vi", "search-index")).Append(Path.Combine(site.Output, "vi", "search-index.json")).ToList();
        Assert.All(files, file =>
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("\n", text);
            Assert.DoesNotContain("\\u", text);
            Assert.True(text.IsNormalized(NormalizationForm.FormC));
            Assert.DoesNotContain("doan thanh nien", text);
        });
        using var head = JsonDocument.Parse(site.ReadOutput("vi/search-index.json"));
        Assert.Equal("../", head.RootElement.GetProperty("r").GetString());
        var page = Entry(Pages(site, "vi"), "vi/2022-05/phong-trao/phong-chong-covid-19/");
        Assert.Equal("Phong trào thi đua đặc biệt.", page.GetProperty("s").GetString());
        Assert.Contains("Báo cáo thử", page.GetProperty("w").GetString());
    }

    [Fact]
    public void SearchIndex_WordChunks_CoverEveryWordOnce_InFoldedOrder_FromTheStartTheHeadGives()
    {
        using var site = TestSite.Create(Site);
        site.BuildExpectingSuccess();
        using var head = JsonDocument.Parse(site.ReadOutput("vi/search-index.json"));
        var starts = head.RootElement.GetProperty("c").EnumerateArray().Select(c => c.GetString()!).ToList();
        var script = Script.Value;
        var forms = new List<string>();
        for (var i = 0; i < starts.Count; i++)
        {
            using var chunk = JsonDocument.Parse(site.ReadOutput($"vi/search-index/w{i}.json"));
            var chunkForms = chunk.RootElement.EnumerateArray().Select(f => f[0].GetString()!).ToList();
            Assert.NotEmpty(chunkForms);
            Assert.Equal(starts[i], script.Fold(chunkForms[0]));
            Assert.All(chunkForms, f => Assert.True(i + 1 == starts.Count || string.CompareOrdinal(script.Fold(f), starts[i + 1]) < 0, $"{f} is beyond chunk {i}"));
            forms.AddRange(chunkForms);
        }

        Assert.Equal(forms.Distinct(StringComparer.Ordinal).Count(), forms.Count);
        Assert.Contains("đoàn", forms);
        Assert.Contains("thưởng", forms);
        Assert.Contains("bằng", forms); // from the glossary and the appendix's row labels
    }

    [Fact]
    public void SearchIndex_SplitsTheBodyAtHeadings_WithTheirAnchors()
    {
        using var site = TestSite.Create(Site);
        site.BuildExpectingSuccess();
        var chunks = Entry(Pages(site, "vi"), "vi/2022-05/phong-trao/phong-chong-covid-19/").GetProperty("c").EnumerateArray()
            .Select(c => c.EnumerateArray().Select(x => x.GetString()).ToArray()).ToList();
        Assert.Equal(
            [["", "", "Mở đầu."], ["doan-thanh-nien", "Đoàn Thanh niên", "Tuổi trẻ tình nguyện."], ["ket-qua", "Kết quả", "Khen thưởng 25 tập thể."]],
            chunks);
        site.AssertFile("vi/2022-05/phong-trao/phong-chong-covid-19/index.html", "id=\"doan-thanh-nien\"", "id=\"ket-qua\"");
    }

    [Fact]
    public void SearchIndex_HasTheAppendixRowLabels_AndEveryGlossaryTermInBothLanguages()
    {
        using var site = TestSite.Create(Site);
        site.BuildExpectingSuccess();
        var vi = Pages(site, "vi");
        var en = Pages(site, "en");
        var labels = Entry(vi, "vi/2022-05/phu-luc/01/").GetProperty("k").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Equal(["Bằng khen của Chủ tịch UBND tỉnh", "Tổng số"], labels);
        Assert.Contains("Chairman's Certificate of Merit", Entry(en, "en/2022-05/appendices/01/").GetProperty("k").EnumerateArray().Select(k => k.GetString()));
        var term = Entry(vi, "vi/thuat-ngu/").GetProperty("c")[0];
        Assert.Equal("certificate-of-merit", term[0].GetString());
        Assert.Equal("Bằng khen", term[1].GetString());
        Assert.Contains("Certificate of Merit", term[2].GetString());
        Assert.Contains("Hình thức khen thưởng", term[2].GetString());
        var enTerm = Entry(en, "en/glossary/").GetProperty("c")[0];
        Assert.Equal("Certificate of Merit", enTerm[1].GetString());
        Assert.Contains("Bằng khen", enTerm[2].GetString());
        site.AssertFile("vi/thuat-ngu/index.html", "id=\"certificate-of-merit\"");
        var search = new SearchScript(site.Output);
        Assert.Equal("vi/2022-05/phu-luc/01/", search.Query("vi", "chu tich ubnd").Hits[0].Url);
        Assert.Equal("vi/thuat-ngu/", search.Query("vi", "certificate of merit").Hits[0].Url);
    }

    [Fact]
    public void SearchPage_PointsAtItsLanguagesIndex()
    {
        using var site = TestSite.Create(Site);
        site.BuildExpectingSuccess();
        site.AssertFile("vi/tim-kiem/index.html", "id=\"search-input\"", "data-index=\"../search-index.json\"", "data-more=\"Xem thêm kết quả\"");
        site.AssertFile("en/search/index.html", "data-index=\"../search-index.json\"", "data-more=\"More results\"");
    }
}
