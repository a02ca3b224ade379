using Site.Tests.Support;

namespace Site.Tests.Tool;

/// <summary>The shipped JSON Schemas accept the real input/ and reject the mistakes input/README.md warns of.</summary>
public class SchemaTests
{
    private static readonly string Input = Path.Combine(TestSite.RepositoryRoot, "input");

    public static TheoryData<string> RealInputFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Input, file).Replace('\\', '/');
            if (InputSchemas.SchemaFor(relative) is not null)
            {
                data.Add(relative);
            }
        }

        return data;
    }

    [Fact]
    public void EveryYamlFileAndPageOfTheRealInput_HasASchema()
    {
        var uncovered = Directory.EnumerateFiles(Input, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Input, f).Replace('\\', '/'))
            .Where(f => (f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)) && !Site.Content.EditorsGuide.Is(f))
            .Where(f => InputSchemas.SchemaFor(f) is null)
            .ToList();
        Assert.Empty(uncovered);
        Assert.True(RealInputFiles().Count > 50, "the real input should have more than 50 files a schema covers");
    }

    [Theory]
    [MemberData(nameof(RealInputFiles))]
    public void TheRealInputFile_IsValidAgainstItsSchema(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(Input, relativePath));
        var yaml = relativePath.EndsWith(".md", StringComparison.Ordinal) ? InputSchemas.FrontMatter(text) : text;
        var problems = InputSchemas.Problems(InputSchemas.SchemaFor(relativePath)!, yaml);
        Assert.True(problems.Count == 0, $"{relativePath}:\n{string.Join('\n', problems)}");
    }

    [Theory]
    [InlineData("site", "title: \"T\"\nallow_htm: true\n", "/allow_htm")] // a misspelt key
    [InlineData("site", "title: \"T\"\ntranslations: yes\n", "/translations")]
    [InlineData("site", "title: \"T\"\nlanguages: [VI, en]\n", "/languages/0")]
    [InlineData("site", "title: \"T\"\nbase_url: \"owner.github.io/repo\"\n", "/base_url")] // no scheme
    [InlineData("site", "base_url: \"https://example.org/\"\n", "")] // no title
    [InlineData("edition", "title: \"T\"\nissuer: \"UBND\"\ndate: \"05/2022\"\n", "/date")]
    [InlineData("edition", "title: \"T\"\nissuer: \"UBND\"\ndate: \"2022-05\"\nstatus: ready\n", "/status")]
    [InlineData("i18n", "menu:\n  vi: \"Mục lục\"\n", "/menu")] // one file per language: no vi:/en: inside
    [InlineData("glossary", "terms:\n  - id: x\n    vi: \"a\"\n    definiton: \"b\"\n", "/terms/0/definiton")]
    [InlineData("award-forms", "forms:\n  - vi: \"Bằng khen\"\n", "/forms/0")] // no id
    [InlineData("names", "names:\n  - id: youth\n    vi: \"Thanh niên\"\n    english: \"Youth\"\n", "/names/0/english")]
    [InlineData("press", "facts:\n  - id: x\n    text: \"T\"\n    cell: { appendix: \"02\", row: total, colum: total }\n", "/facts/0/cell")]
    [InlineData("press", "facts:\n  - id: x\n    text: \"T\"\n", "/facts/0")] // neither a cell nor a page
    [InlineData("places", "places:\n  - id: x\n    kind: village\n    name: \"X\"\n    forms: { vi: [\"X\"] }\n", "/places/0/kind")]
    [InlineData("corrections", "entries:\n  - date: \"1/12/2026\"\n    text: \"T\"\n", "/entries/0/date")]
    [InlineData("appendix", "number: \"05\"\ntitle: \"T\"\ncolumns: [{id: total}]\nrows:\n  - id: \"1\"\n    cells: {total: -3}\n", "/rows/0/cells/total")]
    [InlineData("appendix", "number: \"05\"\ntitle: \"T\"\ncolumns: [{id: total}]\nrows:\n  - id: \"1\"\n    cells: {total: \"1.721\"}\n", "/rows/0/cells/total")] // a figure with a thousands separator is text
    [InlineData("appendix", "number: \"05\"\ntitle: \"T\"\ncolumns: [{id: total}]\nidentities: [{check: \"total == a\"}]\nrows: [{id: \"1\"}]\n", "/identities/0/check")]
    [InlineData("appendix", "number: \"05\"\ntitle: \"T\"\nperiod: {from: \"2021-01\", to: \"2022-13\", label: \"P\"}\ncolumns: [{id: total}]\nrows: [{id: \"1\"}]\n", "/period/to")] // no month 13
    [InlineData("appendix", "number: \"05\"\ntitle: \"T\"\nperiod: {from: \"2021-01\", label: \"P\"}\ncolumns: [{id: total}]\nrows: [{id: \"1\"}]\n", "/period")] // one end only
    [InlineData("appendix", "number: \"05\"\ntitle: \"T\"\nperiod: {from: \"2011\", to: \"2022-03\"}\ncolumns: [{id: total}]\nrows: [{id: \"1\"}]\n", "/period")] // no label
    [InlineData("appendix", "number: \"05\"\ntitle: \"T\"\nperiod: {start: \"2011\", label: \"P\"}\ncolumns: [{id: total}]\nrows: [{id: \"1\"}]\n", "/period/start")] // a misspelt key
    [InlineData("page", "title: \"T\"\n", "")] // no summary
    [InlineData("page", "title: \"T\"\nsummary: \"S\"\nslug: \"Đoàn viên\"\n", "/slug")]
    [InlineData("page", "title: \"T\"\nsummary: \"S\"\naliases: [\"vi/cu/\"]\n", "/aliases/0")]
    [InlineData("chapter", "title: \"T\"\nsummary: \"S\"\n", "")] // no number
    [InlineData("movement", "title: \"T\"\nsummary: \"S\"\nnumber: \"2.1\"\nlaunched_by: ministry\n", "/launched_by")]
    [InlineData("story", "title: \"T\"\nsummary: \"S\"\nsubject: group\nmovement: youth\nplace: \"X\"\n", "/subject")]
    [InlineData("story", "title: \"T\"\nsummary: \"S\"\nsubject: collective\nmovement: youth\nplace: \"X\"\nlaunched_by: province\n", "/launched_by")] // a movement's key on a story
    public void ADocumentedMistake_IsRejected_AtItsKey(string schema, string yaml, string location)
    {
        var problems = InputSchemas.Problems(schema, yaml);
        Assert.NotEmpty(problems);
        Assert.Contains(problems, p => p.StartsWith(location + ":", StringComparison.Ordinal) || (location.Length > 0 && p.StartsWith(location, StringComparison.Ordinal)));
    }
}
