using System.Globalization;

namespace Site.Benchmarks;

/// <summary>The benchmark's command line; see README.md beside this file.</summary>
internal sealed record Options(
    IReadOnlyList<int> Sizes,
    IReadOnlyList<CorpusShape> Shapes,
    int Pairs,
    IReadOnlyList<int> Series,
    CorpusShape SeriesShape,
    int SeriesPairs,
    string Work,
    string? Repo,
    int ServeRepeats,
    bool NoHugo,
    bool NoBuild,
    bool Native,
    bool NoReal,
    bool NoServe,
    bool Search,
    int TimeoutSeconds)
{
    /// <summary>Corpus sizes at which `serve` is measured (edit to page on disk, peak memory); empty: none.</summary>
    public IReadOnlyList<int> ServeSizes { get; init; } = [1000, 10000];

    public CorpusShape ServeShape { get; init; } = CorpusShape.OneEdition;

    public static Options Parse(string[] args)
    {
        var options = new Options([1000, 10000], CorpusShape.All, 3, [1000, 3000, 10000, 30000], CorpusShape.Editions, 3,
            Path.Combine(Path.GetTempPath(), "site-bench"), null, 5, NoHugo: false, NoBuild: false, Native: false, NoReal: false, NoServe: false, Search: false, TimeoutSeconds: 900);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            static List<int> Numbers(string text) => text.Length == 0 ? [] : text.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToList();
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = Numbers(Next()) },
                "--shapes" => options with { Shapes = Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(CorpusShape.Parse).ToList() },
                "--pairs" => options with { Pairs = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--series" => options with { Series = Numbers(Next()) },
                "--series-shape" => options with { SeriesShape = CorpusShape.Parse(Next()) },
                "--series-pairs" => options with { SeriesPairs = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--work" => options with { Work = Path.GetFullPath(Next()) },
                "--repo" => options with { Repo = Path.GetFullPath(Next()) },
                "--serve-repeats" => options with { ServeRepeats = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--no-hugo" => options with { NoHugo = true },
                "--no-build" => options with { NoBuild = true },
                "--native" => options with { Native = true },
                "--no-real" => options with { NoReal = true },
                "--no-serve" => options with { NoServe = true },
                "--search" => options with { Search = true },
                "--serve-sizes" => options with { ServeSizes = Numbers(Next()) },
                "--serve-shape" => options with { ServeShape = CorpusShape.Parse(Next()) },
                "--timeout" => options with { TimeoutSeconds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options.Pairs < 1 || options.SeriesPairs < 1 ? throw new ArgumentException("--pairs and --series-pairs must be at least 1") : options;
    }
}
