using System.Security.Cryptography;
using CsCheck;
using Site.Build;
using Site.Content;
using Site.Tests.Support;

namespace Site.Tests.Serving;

/// <summary>
/// `serve` after any sequence of edits writes exactly what a clean build of the same input writes, file by file, and
/// reports the same diagnostics; an edit of a page's body alone is rebuilt incrementally (not by a full rebuild, which
/// would make the comparison prove nothing about the incremental path).
/// </summary>
public class IncrementalRebuildPropertyTests
{
    private enum EditKind
    {
        AppendParagraph,
        AddLink,
        ChangeTitle,
        ChangeTableCell,
        AddPage,
        DeletePage,
        AddHeading,
    }

    private sealed record Edit(EditKind Kind, int Page, int Number)
    {
        /// <summary>Body-only edits: the ones the incremental path must take.</summary>
        public bool BodyOnly => Kind is EditKind.AppendParagraph or EditKind.AddLink;

        public override string ToString() => $"{Kind} of {Pages[Page].Path} ({Number})";
    }

    /// <summary>The editable pages, each with a link to other pages written from its own folder.</summary>
    private static readonly (string Path, string Link)[] Pages =
    [
        ("editions/2022-05/_index.vi.md", "[y tế](movements/y-te.md) và [đoàn](movements/covid-19.md#doan-thanh-nien)"),
        ("editions/2022-05/_index.en.md", "[health](movements/y-te.md)"),
        ("editions/2022-05/movements/covid-19.vi.md", "[y tế](y-te.md) và [mô hình](../stories/tram-y-te.md)"),
        ("editions/2022-05/movements/covid-19.en.md", "[health](y-te.md#staff)"),
        ("editions/2022-05/movements/y-te.vi.md", "[COVID-19](covid-19.md#doan-thanh-nien)"),
        ("editions/2022-05/stories/tram-y-te.vi.md", "[phong trào](../movements/y-te.md#nhan-luc)"),
        ("pages/about.vi.md", "[báo cáo](/vi/2022-05/) và [phong trào](../editions/2022-05/movements/covid-19.md)"),
        ("pages/about.en.md", "[the report](/en/2022-05/)"),
    ];

    private const string Site = TestSite.MinimalSite + """

        -- input/editions/2022-05/_index.vi.md --
        ---
        title: "Báo cáo thử"
        summary: "Báo cáo tổng kết."
        ---

        Lời mở đầu của báo cáo.
        -- input/editions/2022-05/_index.en.md --
        ---
        title: "Test report"
        summary: "The summary report."
        ---

        The report's introduction.
        -- input/editions/2022-05/movements/covid-19.vi.md --
        ---
        title: "Phòng, chống dịch COVID-19"
        summary: "Phong trào thi đua đặc biệt."
        number: "2.1"
        launched_by: prime-minister
        appendix: "01"
        period: "2021"
        ---

        Mở đầu.

        ## Đoàn Thanh niên

        Tuổi trẻ tình nguyện.
        -- input/editions/2022-05/movements/covid-19.en.md --
        ---
        title: "COVID-19 prevention"
        summary: "A special emulation movement."
        number: "2.1"
        launched_by: prime-minister
        appendix: "01"
        period: "2021"
        ---

        ## Youth Union

        Young volunteers.
        -- input/editions/2022-05/movements/y-te.vi.md --
        ---
        title: "Ngành y tế"
        summary: "Thi đua trong ngành y tế."
        number: "2.2"
        launched_by: prime-minister
        ---

        ## Nhân lực

        Bác sĩ và điều dưỡng.
        -- input/editions/2022-05/movements/y-te.en.md --
        ---
        title: "Health sector"
        summary: "Emulation in the health sector."
        number: "2.2"
        launched_by: prime-minister
        ---

        ## Staff

        Doctors and nurses.
        -- input/editions/2022-05/stories/tram-y-te.vi.md --
        ---
        title: "Trạm y tế xã"
        summary: "Một mô hình tiêu biểu."
        movement: covid-19
        subject: collective
        place: "xã Bản Phiệt"
        ---

        Trạm y tế xã phục vụ người dân.
        -- input/editions/2022-05/stories/tram-y-te.en.md --
        ---
        title: "A commune health station"
        summary: "An exemplary model."
        movement: covid-19
        subject: collective
        place: "xã Bản Phiệt"
        ---

        The station serves the commune.
        -- input/pages/about.vi.md --
        ---
        title: "Giới thiệu"
        summary: "Trang giới thiệu."
        ---

        Phiên bản một.
        -- input/pages/about.en.md --
        ---
        title: "About"
        summary: "About this site."
        ---

        Version one.
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
          - id: "2"
            label: { vi: "Giấy khen", en: "Certificate of Commendation" }
            cells: { total: 4 }
          - id: total
            total: true
            label: { vi: "Tổng số", en: "Total" }
            cells: { total: 7 }
        """;

    private static readonly Gen<Edit> Edits = Gen.Select(Gen.Int[0, Enum.GetValues<EditKind>().Length - 1], Gen.Int[0, Pages.Length - 1], Gen.Int[1, 999])
        .Select((kind, page, number) => new Edit((EditKind)kind, page, number));

    /// <summary>Every kind of edit once, the first of them to the edition's introduction, which the home pages show too.</summary>
    [Fact]
    public void EveryKindOfEdit_InTurn_UnderServe_WritesWhatACleanBuildWrites()
    {
        RunEdits(
        [
            new Edit(EditKind.AppendParagraph, 0, 1), new Edit(EditKind.AddLink, 2, 2), new Edit(EditKind.ChangeTitle, 4, 3), new Edit(EditKind.AppendParagraph, 5, 4),
            new Edit(EditKind.ChangeTableCell, 0, 5), new Edit(EditKind.AddPage, 0, 6), new Edit(EditKind.AddLink, 6, 7), new Edit(EditKind.DeletePage, 0, 8),
            new Edit(EditKind.AddHeading, 3, 9), new Edit(EditKind.AppendParagraph, 3, 10), new Edit(EditKind.AppendParagraph, 6, 11), new Edit(EditKind.AddLink, 7, 12),
        ]);
    }

    [Fact]
    public void RandomEdits_UnderServe_WriteWhatACleanBuildWrites_AndBodyEditsAreIncremental()
    {
        Edits.Array[4, 6].Sample(RunEdits, iter: 2, threads: 1, print: edits => string.Join(", ", edits));
    }

    /// <summary>After each edit: serve's rebuild and a clean build into another folder, compared file by file and diagnostic by diagnostic.</summary>
    private static void RunEdits(Edit[] edits)
    {
        using var site = TestSite.Create(Site);
        // A translation that records its source's version: an edit of the source makes it stale (a warning, and a notice on the page).
        var about = File.ReadAllText(Path.Combine(site.Input, "pages/about.vi.md"));
        site.WriteFile("input/pages/about.en.md", $"---\ntitle: \"About\"\nsummary: \"About this site.\"\nsource_hash: \"{TranslationFreshness.Hash(about)}\"\n---\n\nVersion one.\n");
        var options = new BuildOptions { InputDirectory = site.Input, ThemeDirectory = Path.Combine(site.Root, "theme"), OutputDirectory = site.Output, LiveReload = true, BaseUrl = "/" };
        var cache = new BuildCache();
        var first = SiteBuilder.Build(options, cache: cache);
        Assert.True(first.Succeeded, $"the test site must build: {string.Join("; ", first.Diagnostics)}");
        var added = new List<string>();
        for (var step = 0; step < edits.Length; step++)
        {
            var edit = edits[step];
            foreach (var changed in Apply(site, edit, added))
            {
                cache.NoteChange(changed); // As the file watcher does.
            }

            var served = SiteBuilder.Build(options, cache: cache);
            var clean = Path.Combine(site.Root, $"clean-{step}");
            var built = SiteBuilder.Build(options with { OutputDirectory = clean });
            var where = $"after {string.Join(", ", edits.Take(step + 1))}";
            Assert.True(built.Succeeded, $"{where}: the clean build failed: {string.Join("; ", built.Diagnostics)}");
            Assert.Equal(built.Diagnostics, served.Diagnostics);
            AssertSameFiles(clean, site.Output, where);
            Assert.True(!edit.BodyOnly || served.Incremental, $"{where}: a body edit was rebuilt in full");
            Directory.Delete(clean, recursive: true);
        }
    }

    /// <summary>Makes the edit; returns the input paths it changed (relative to input/).</summary>
    private static IEnumerable<string> Apply(TestSite site, Edit edit, List<string> added)
    {
        var (path, link) = Pages[edit.Page];
        var file = Path.Combine(site.Input, path);
        switch (edit.Kind)
        {
            case EditKind.AppendParagraph:
                File.AppendAllText(file, $"\nĐoạn văn mới số {edit.Number}.\n");
                return [path];
            case EditKind.AddLink:
                File.AppendAllText(file, $"\nXem thêm {link} ({edit.Number}).\n");
                return [path];
            case EditKind.AddHeading:
                File.AppendAllText(file, $"\n## Mục {edit.Number}\n\nNội dung.\n");
                return [path];
            case EditKind.ChangeTitle:
                var lines = File.ReadAllLines(file);
                File.WriteAllLines(file, lines.Select(l => l.StartsWith("title:", StringComparison.Ordinal) ? $"title: \"Tiêu đề {edit.Number}\"" : l));
                return [path];
            case EditKind.ChangeTableCell:
                const string table = "editions/2022-05/appendices/01.yml";
                var yaml = File.ReadAllText(Path.Combine(site.Input, table));
                var rows = System.Text.RegularExpressions.Regex.Matches(yaml, @"cells: \{ total: (\d+) \}");
                var first = edit.Number % 50;
                var second = int.Parse(rows[1].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var replaced = new[] { first, second, first + second };
                var index = 0;
                yaml = System.Text.RegularExpressions.Regex.Replace(yaml, @"cells: \{ total: (\d+) \}", _ => $"cells: {{ total: {replaced[index++]} }}");
                File.WriteAllText(Path.Combine(site.Input, table), yaml);
                return [table];
            case EditKind.AddPage:
                var stem = $"editions/2022-05/stories/moi-{edit.Number}";
                foreach (var (language, title) in new[] { ("vi", $"Mô hình mới {edit.Number}"), ("en", $"New model {edit.Number}") })
                {
                    File.WriteAllText(Path.Combine(site.Input, $"{stem}.{language}.md"), $"---\ntitle: \"{title}\"\nsummary: \"{title}.\"\nmovement: y-te\nsubject: individual\nplace: \"Sa Pa\"\n---\n\n{title}.\n");
                }

                added.Add(stem);
                return [$"{stem}.vi.md", $"{stem}.en.md"];
            case EditKind.DeletePage:
                if (added.Count == 0)
                {
                    return [];
                }

                var gone = added[edit.Number % added.Count];
                added.Remove(gone);
                File.Delete(Path.Combine(site.Input, $"{gone}.vi.md"));
                File.Delete(Path.Combine(site.Input, $"{gone}.en.md"));
                return [$"{gone}.vi.md", $"{gone}.en.md"];
            default:
                throw new ArgumentOutOfRangeException(nameof(edit));
        }
    }

    private static void AssertSameFiles(string expected, string actual, string where)
    {
        var want = Hashes(expected);
        var got = Hashes(actual);
        Assert.True(want.Keys.Order(StringComparer.Ordinal).SequenceEqual(got.Keys.Order(StringComparer.Ordinal)),
            $"{where}: only in the clean build: {string.Join(", ", want.Keys.Except(got.Keys))}; only under serve: {string.Join(", ", got.Keys.Except(want.Keys))}");
        var differing = want.Keys.Where(k => want[k] != got[k]).Order(StringComparer.Ordinal).ToList();
        Assert.True(differing.Count == 0, $"{where}: these files differ from the clean build's: {string.Join(", ", differing)}");
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
