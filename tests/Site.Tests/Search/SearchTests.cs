using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Tests.Support;
using Site.Text;

namespace Site.Tests.Search;

public class SearchTests
{
    private static string Nfd(string text) => text.Normalize(NormalizationForm.FormD);

    [Theory]
    [InlineData("Đoàn Thanh niên", "doan thanh nien")]
    [InlineData("ĐẶC ĐIỂM TÌNH HÌNH", "dac diem tinh hinh")]
    [InlineData("đ", "d")]
    [InlineData("Ủy ban", "uy ban")]
    [InlineData("Uỷ ban", "uy ban")]
    [InlineData("Emulation Movement", "emulation movement")]
    public void Fold_LowerCasesAndRemovesDiacritics_TurningDIntoD(string text, string folded) =>
        Assert.Equal(folded, SearchFolding.Fold(text));

    [Fact]
    public void Fold_OfDecomposedInput_IsTheSameAsOfComposed()
    {
        Assert.NotEqual("Đoàn Thanh niên khen thưởng", Nfd("Đoàn Thanh niên khen thưởng"));
        Assert.Equal(SearchFolding.Fold("Đoàn Thanh niên khen thưởng"), SearchFolding.Fold(Nfd("Đoàn Thanh niên khen thưởng")));
    }

    [Fact]
    public void Tokens_SplitOnAnythingButLettersAndDigits_KeepingDiacritics()
    {
        Assert.Equal(["đoàn", "thanh", "niên", "covid", "19", "2021"], SearchFolding.Tokens("Đoàn  Thanh-niên: (COVID-19), “2021”!"));
    }

    [Fact]
    public void Tokens_OfDecomposedInput_AreComposedWordsNotSplitAtTheMarks()
    {
        Assert.Equal(["khen", "thưởng"], SearchFolding.Tokens(Nfd("Khen thưởng")));
    }

    [Fact]
    public void Score_WithoutDiacritics_FindsTheVietnameseWords()
    {
        Assert.True(SearchFolding.Score("doan thanh nien", "Đoàn Thanh niên xã Điện Quan").IsMatch);
        Assert.True(SearchFolding.Score("dien quan", "Đoàn Thanh niên xã Điện Quan").IsMatch);
    }

    [Fact]
    public void Score_OfADecomposedQuery_IsTheSameAsOfTheComposedOne()
    {
        const string text = "Đoàn Thanh niên xã Điện Quan";
        Assert.True(SearchFolding.Score(Nfd("Đoàn Thanh niên"), text).IsMatch);
        Assert.Equal(SearchFolding.Score("Đoàn Thanh niên", text), SearchFolding.Score(Nfd("Đoàn Thanh niên"), text));
    }

    [Fact]
    public void Score_TheLetterD_MatchesTheBarredD_AndTheBarredDAsTyped()
    {
        Assert.Equal(MatchQuality.Folded, SearchFolding.Match("doan", "Đoàn"));
        Assert.Equal(MatchQuality.Exact, SearchFolding.Match("đoàn", "Đoàn"));
        Assert.True(SearchFolding.Score("đ", "Đoàn Thanh niên").IsMatch);
        Assert.True(SearchFolding.Score("d", "đoàn").IsMatch);
        Assert.False(SearchFolding.Score("đ", "thanh niên").IsMatch);
    }

    [Fact]
    public void Score_AWordTypedWithTheRightDiacritics_RanksItsExactSpellingFirst()
    {
        var exact = SearchFolding.Score("thành", "thành phố Lào Cai");
        var folded = SearchFolding.Score("thành", "thanh niên");
        Assert.True(folded.IsMatch, "a word with other diacritics still matches after folding");
        Assert.True(exact > folded);
        Assert.Equal(MatchQuality.Folded, SearchFolding.Match("thành", "thanh"));
    }

    [Fact]
    public void Score_TheExactSpellingRanksFirst_EvenWhenTheFoldedOneIsMoreFrequent()
    {
        var exact = SearchFolding.Score("Đoàn", "đoàn");
        var folded = SearchFolding.Score("Đoàn", "đoán đoán đoán đoán đoán đoán");
        Assert.True(exact > folded);
    }

    [Fact]
    public void Score_WithoutDiacritics_PrefersAWholeWordToAPrefix()
    {
        Assert.True(SearchFolding.Score("doan", "Đoàn Thanh niên") > SearchFolding.Score("doan", "doanh nghiệp"));
    }

    [Fact]
    public void Score_APrefixMatches_WhileTheReaderIsTyping()
    {
        Assert.True(SearchFolding.Score("khen thu", "Bằng khen thưởng của Chủ tịch").IsMatch);
        Assert.Equal(MatchQuality.FoldedPrefix, SearchFolding.Match("thu", "thưởng"));
        Assert.Equal(MatchQuality.ExactPrefix, SearchFolding.Match("thư", "thưởng"));
        Assert.True(SearchFolding.Score("commend", "Emulation and commendation").IsMatch);
    }

    [Fact]
    public void Score_SeveralWords_NarrowTheResults_EveryWordMustMatch()
    {
        Assert.True(SearchFolding.Score("thanh", "Thanh tra tỉnh").IsMatch);
        Assert.False(SearchFolding.Score("thanh nien", "Thanh tra tỉnh").IsMatch);
        Assert.True(SearchFolding.Score("thanh nien", "Thanh niên làm chủ đất nước").IsMatch);
        Assert.False(SearchFolding.Score("emulation flag", "emulation movement").IsMatch);
        Assert.True(SearchFolding.Score("emulation movement", "Emulation Movements").IsMatch);
    }

    [Fact]
    public void Score_WordsMayMatchInDifferentFields_OfOneEntry()
    {
        Assert.True(SearchFolding.Score("covid thanh nien", new SearchFields("Phòng, chống dịch COVID-19", Body: "Đoàn Thanh niên")).IsMatch);
    }

    [Fact]
    public void Score_ATitleMatch_RanksAboveABodyMatch()
    {
        var inTitle = SearchFolding.Score("doan thanh nien", new SearchFields("Đoàn Thanh niên xã Điện Quan", Body: "Tuổi trẻ xã Điện Quan."));
        var inBody = SearchFolding.Score("doan thanh nien", new SearchFields("Phòng, chống dịch", Body: "Đoàn Thanh niên Đoàn Thanh niên Đoàn Thanh niên"));
        var inHeading = SearchFolding.Score("doan thanh nien", new SearchFields("Phòng, chống dịch", Headings: "Đoàn Thanh niên"));
        Assert.True(inTitle > inHeading);
        Assert.True(inHeading > inBody);
        Assert.True(SearchFolding.Score("prevention", new SearchFields("COVID-19 prevention")) > SearchFolding.Score("prevention", "COVID-19 prevention"));
    }

    [Fact]
    public void Score_OfAnEmptyQuery_MatchesNothing()
    {
        Assert.False(SearchFolding.Score("", "Đoàn").IsMatch);
        Assert.False(SearchFolding.Score(" – ", "Đoàn").IsMatch);
    }

    [Fact]
    public void SearchScript_UsesTheSameWeights_AndBuildsResultsWithoutInnerHtml()
    {
        var script = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "theme", "assets", "search.js"));
        var weights = Regex.Match(script, @"WEIGHT = \{ t: (\d+), s: (\d+), h: (\d+), k: (\d+), b: (\d+) \}");
        Assert.True(weights.Success, "search.js must declare its field weights");
        Assert.Equal(
            [SearchFolding.TitleWeight, SearchFolding.SummaryWeight, SearchFolding.HeadingWeight, SearchFolding.KeysWeight, SearchFolding.BodyWeight],
            weights.Groups.Values.Skip(1).Select(g => int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture)));
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

    private static JsonElement Entry(JsonDocument index, string url) =>
        index.RootElement.GetProperty("p").EnumerateArray().Single(p => p.GetProperty("u").GetString() == url);

    [Fact]
    public void Build_WritesASearchIndexPerLanguage_WithThatLanguagesTitles()
    {
        using var site = TestSite.Create(Site);
        site.BuildExpectingSuccess();
        using var vi = JsonDocument.Parse(site.ReadOutput("vi/search-index.json"));
        using var en = JsonDocument.Parse(site.ReadOutput("en/search-index.json"));
        var viTitles = vi.RootElement.GetProperty("p").EnumerateArray().Select(p => p.GetProperty("t").GetString()).ToList();
        var enTitles = en.RootElement.GetProperty("p").EnumerateArray().Select(p => p.GetProperty("t").GetString()).ToList();
        Assert.Contains("Phòng, chống dịch COVID-19", viTitles);
        Assert.DoesNotContain("COVID-19 prevention", viTitles);
        Assert.Contains("COVID-19 prevention", enTitles);
        Assert.Equal("vi", vi.RootElement.GetProperty("l").GetString());
        Assert.All(vi.RootElement.GetProperty("p").EnumerateArray(), p => Assert.False(p.GetProperty("u").GetString()!.StartsWith('/')));
        var urls = vi.RootElement.GetProperty("p").EnumerateArray().Select(p => p.GetProperty("u").GetString()!).ToList();
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
        Assert.DoesNotContain("vi/tim-kiem/", urls);
    }

    [Fact]
    public void SearchIndex_IsCompactNfcText_WithSiteRelativeUrlsAndARootToResolveThem()
    {
        using var site = TestSite.Create(Site);
        site.BuildExpectingSuccess();
        var text = site.ReadOutput("vi/search-index.json");
        Assert.DoesNotContain("\n", text);
        Assert.DoesNotContain("\\u", text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        Assert.DoesNotContain("doan thanh nien", text);
        using var index = JsonDocument.Parse(text);
        Assert.Equal("../", index.RootElement.GetProperty("r").GetString());
        var page = Entry(index, "vi/2022-05/phong-trao/phong-chong-covid-19/");
        Assert.Equal("Phong trào thi đua đặc biệt.", page.GetProperty("s").GetString());
        Assert.Contains("Báo cáo thử", page.GetProperty("w").GetString());
    }

    [Fact]
    public void SearchIndex_SplitsTheBodyAtHeadings_WithTheirAnchors()
    {
        using var site = TestSite.Create(Site);
        site.BuildExpectingSuccess();
        using var index = JsonDocument.Parse(site.ReadOutput("vi/search-index.json"));
        var chunks = Entry(index, "vi/2022-05/phong-trao/phong-chong-covid-19/").GetProperty("c").EnumerateArray()
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
        using var vi = JsonDocument.Parse(site.ReadOutput("vi/search-index.json"));
        using var en = JsonDocument.Parse(site.ReadOutput("en/search-index.json"));
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
    }

    [Fact]
    public void SearchPage_PointsAtItsLanguagesIndex()
    {
        using var site = TestSite.Create(Site);
        site.BuildExpectingSuccess();
        site.AssertFile("vi/tim-kiem/index.html", "id=\"search-input\"", "data-index=\"../search-index.json\"");
        site.AssertFile("en/search/index.html", "data-index=\"../search-index.json\"");
    }
}
