using Site.Diagnostics;
using Site.Tests.Support;
using static Site.Tests.Data.DataSites;

namespace Site.Tests.Data;

public class TableSchemaTests
{
    private static Diagnostic BuildExpectingError(string table, string code, string lineEndingWith, string? after = null)
    {
        using var site = TestSite.Create(SiteWith(table));
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic(code, TablePath[6..], LineOf(table, lineEndingWith, after));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(TablePath, diagnostic.File);
        Assert.False(File.Exists(Path.Combine(site.Output, ViPage)), "nothing is published when the table is wrong");
        return diagnostic;
    }

    [Theory]
    [InlineData("total: many")]
    [InlineData("total: 2.000")]
    [InlineData("total: 2,000")]
    [InlineData("total: 1e3")]
    [InlineData("total: 0x7D0")]
    [InlineData("total: [2000]")]
    public void Schema_WhenACellIsNotACount_IsAnErrorAtItsLine(string cell)
    {
        var table = ReplaceOnce(Table, "total: 2000", cell);
        var code = cell.Contains('[', StringComparison.Ordinal) ? "SITE014" : "SITE050";
        BuildExpectingError(table, code, cell);
    }

    [Theory]
    [InlineData("flags: \"1.721\"")]
    [InlineData("flags: '1721'")]
    [InlineData("flags: \"\"")]
    public void Schema_WhenACellIsQuoted_IsAnErrorAtItsLine_EvenIfItLooksLikeANumber(string cell)
    {
        var table = ReplaceOnce(Table, "flags: 1721", cell);
        var diagnostic = BuildExpectingError(table, "SITE050", cell);
        Assert.Contains("cell 'flags' must be a count", diagnostic.Message);
        Assert.Contains("1721, not \"1.721\"", diagnostic.Hint);
    }

    [Fact]
    public void Schema_WhenACountIsNegative_IsAnErrorAtItsLine()
    {
        var table = ReplaceOnce(Table, "collectives: 8", "collectives: -8");
        var diagnostic = BuildExpectingError(table, "SITE050", "collectives: -8");
        Assert.Contains("cell 'collectives' is negative (-8)", diagnostic.Message);
    }

    [Fact]
    public void Schema_WhenACellNamesAnUnknownColumn_SuggestsTheClosest()
    {
        var table = ReplaceOnce(Table, "collectives: 8", "colectives: 8");
        var diagnostic = BuildExpectingError(table, "SITE050", "colectives: 8");
        Assert.Contains("unknown column 'colectives' (did you mean 'collectives'?)", diagnostic.Message);
        Assert.Contains("flags, total, collectives, individuals", diagnostic.Hint);
    }

    [Theory]
    [InlineData("id: 'x\" onmouseover=\"alert(1)'")]
    [InlineData("id: Flags")]
    [InlineData("id: \"cờ\"")]
    [InlineData("id: \"flags total\"")]
    public void Schema_WhenAColumnIdIsNotASlug_IsAnErrorAtTheId_AndNothingIsPublished(string id)
    {
        var table = ReplaceOnce(Table, "id: flags", id);
        var diagnostic = BuildExpectingError(table, "SITE050", id);
        Assert.Contains("may hold only lower-case letters a–z, digits, '-' and '_'", diagnostic.Message);
    }

    [Fact]
    public void Schema_WhenARowNamesAnUnknownAwardForm_SuggestsTheClosest()
    {
        var table = ReplaceOnce(Table, "award: provincial-flag", "award: provincial-flg");
        var diagnostic = BuildExpectingError(table, "SITE020", "award: provincial-flg");
        Assert.Contains("unknown award form 'provincial-flg' (did you mean 'provincial-flag'?)", diagnostic.Message);
    }

    [Fact]
    public void Schema_WhenAnIdentityNamesAnUnknownColumn_SuggestsTheClosest()
    {
        var table = ReplaceOnce(Table, "total = collectives + individuals", "total = collectives + indviduals");
        var diagnostic = BuildExpectingError(table, "SITE050", "\"total = collectives + indviduals\"");
        Assert.Contains("unknown column 'indviduals' (did you mean 'individuals'?)", diagnostic.Message);
    }

    [Fact]
    public void Schema_WhenAnIdentityIsNotAnEquation_IsAnError()
    {
        var table = ReplaceOnce(Table, "total = collectives + individuals", "total == collectives + individuals");
        BuildExpectingError(table, "SITE050", "\"total == collectives + individuals\"");
    }

    [Fact]
    public void Schema_WhenARowIdAppearsTwice_IsAnError()
    {
        var table = ReplaceOnce(Table, "id: \"6\"", "id: \"2\"");
        BuildExpectingError(table, "SITE050", "id: \"2\"", after: "vi: \"Phong trào \\\"Hai, ba\\\"\"");
    }
}
