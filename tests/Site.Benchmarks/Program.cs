using System.Diagnostics;
using System.Globalization;
using System.Text;
using Site.Benchmarks;
using Site.Diagnostics;
using Site.Build;
using Site.Preview;

// Site.Benchmarks: our generator against Hugo on the same generated corpus, plus the real site (input/).
//   dotnet run -c Release --project tests/Site.Benchmarks -- [--sizes 1000,10000] [--runs 5,3] [--work DIR]
//       [--repo DIR] [--serve-repeats 5] [--no-hugo] [--no-build] [--no-corpus-serve] [--corpus-serve-max 1000] [--cards-max 1000]
var options = Options.Parse(args);
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var repo = options.Repo ?? FindRepo();
var theme = Path.Combine(repo, "theme");
Directory.CreateDirectory(options.Work);
// The command line as it is installed: published with ReadyToRun code, so that a build does not start by compiling
// the generator (about 1 s of the real site's 2 s).
var cliFolder = Path.Combine(options.Work, "cli");
var trash = Path.Combine(options.Work, "trash");
Measure.DeleteDirectory(trash);
// "warm cache" rows: images drawn by the run before (the first of them warms it). Every other row draws all (--no-cache).
var imageCache = Path.Combine(options.Work, "image-cache");
Measure.DeleteDirectory(imageCache);
var cli = Path.Combine(cliFolder, "Site.Cli.dll");

Console.WriteLine($"repository: {repo}");
Console.WriteLine($"work folder: {options.Work}");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {CpuModel()}, .NET {Environment.Version}, peak memory via {(Measure.HasTimeTool ? "/usr/bin/time -f %M" : "/proc VmHWM polling")}");

if (!options.NoBuild)
{
    Console.WriteLine("publishing Site.Cli (Release, ReadyToRun)…");
    var build = Measure.Run("dotnet", ["publish", Path.Combine(repo, "src", "Site.Cli", "Site.Cli.csproj"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
        "-p:PublishReadyToRun=true", "-o", cliFolder, "--nologo", "-v", "q", "-clp:ErrorsOnly"]);
    if (build.ExitCode != 0)
    {
        Console.Error.WriteLine(build.Output);
        return 1;
    }
}

if (!File.Exists(cli))
{
    Console.Error.WriteLine($"error: {cli} is missing: run without --no-build, or publish it: dotnet publish src/Site.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o {cliFolder}");
    return 1;
}

var hugoVersion = options.NoHugo ? null : HugoVersion();
Console.WriteLine(hugoVersion is null
    ? "hugo: NOT AVAILABLE (install with `apt-get install -y hugo`); only our generator is measured"
    : $"hugo: {hugoVersion}");

var rows = new List<Row>();
var serveRows = new List<(string Corpus, double First, double Median, double Min, int Repeats)>();
// The real site first (its first in-process build is then JIT-cold): a copy of input/, so that the edits never touch the repository.
var real = Path.Combine(options.Work, "real");
Measure.DeleteDirectory(real);
CopyDirectory(Path.Combine(repo, "input"), Path.Combine(real, "input"));
var realFiles = Directory.EnumerateFiles(Path.Combine(real, "input"), "*.md", SearchOption.AllDirectories).Count(f => !f.EndsWith("README.md", StringComparison.Ordinal));
var realOutput = Path.Combine(real, "out");
rows.AddRange(Bench("real input/", realFiles, 5,
    [new("ours (Site.Cli)", realOutput, () => Measure.Run("dotnet", [cli, "build", "--no-cache", "--input", Path.Combine(real, "input"), "--theme", theme, "--output", realOutput]), OursSucceeded),
     new("ours, warm cache", realOutput, () => Measure.Run("dotnet", [cli, "build", "--cache-dir", imageCache, "--input", Path.Combine(real, "input"), "--theme", theme, "--output", realOutput]), OursSucceeded) { WarmCache = true }]));
var realServe = ServeRebuilds(Path.Combine(real, "input"), Path.Combine(real, "out-serve"), "editions/2022-05/movements/covid-19.vi.md", options.ServeRepeats);
serveRows.Add(("real input/", realServe.First, Measure.Median(realServe.Edits), realServe.Edits.Min(), realServe.Edits.Count));

for (var s = 0; s < options.Sizes.Count; s++)
{
    var size = options.Sizes[s];
    var runs = options.Runs[Math.Min(s, options.Runs.Count - 1)];
    var root = Path.Combine(options.Work, $"n{size}");
    var input = Path.Combine(root, "input");
    var hugoSite = Path.Combine(root, "hugo");
    var generator = new CorpusGenerator(size);
    var clock = Stopwatch.StartNew();
    var files = generator.Write(repo, input, hugoSite);
    Console.WriteLine($"corpus N={size}: {files} Markdown files ({files / 2} pages × 2 languages) in {generator.Editions} editions, generated in {clock.Elapsed.TotalSeconds:0.0} s (seed {CorpusGenerator.Seed})");

    var ourOutput = Path.Combine(root, "out-ours");
    var tools = new List<Tool>
    {
        new("ours (Site.Cli)", ourOutput, () => Measure.Run("dotnet", [cli, "build", "--no-cache", "--input", input, "--theme", theme, "--output", ourOutput]), OursSucceeded),
    };
    if (hugoVersion is not null)
    {
        var hugoOutput = Path.Combine(root, "out-hugo");
        tools.Add(new("hugo", hugoOutput, () => Measure.Run("hugo", ["--quiet", "-s", hugoSite, "-d", hugoOutput]), _ => true));
    }

    if (size <= options.CardsMax)
    {
        // The same corpus with a preview image per page, which Hugo's theme does not draw: what the cards cost.
        var cardsInput = Path.Combine(root, "input-cards");
        Measure.DeleteDirectory(cardsInput);
        CopyDirectory(input, cardsInput);
        CorpusGenerator.EnablePreviewCards(cardsInput);
        var cardsOutput = Path.Combine(root, "out-cards");
        tools.Insert(1, new("ours + cards", cardsOutput, () => Measure.Run("dotnet", [cli, "build", "--no-cache", "--input", cardsInput, "--theme", theme, "--output", cardsOutput]), OursSucceeded));
        tools.Insert(2, new("ours + cards, warm cache", cardsOutput, () => Measure.Run("dotnet", [cli, "build", "--cache-dir", imageCache, "--input", cardsInput, "--theme", theme, "--output", cardsOutput]), OursSucceeded) { WarmCache = true });
    }

    rows.AddRange(Bench($"N={size}", size, runs, tools));

    if (!options.NoCorpusServe && size <= options.CorpusServeMax)
    {
        var serve = ServeRebuilds(input, Path.Combine(root, "out-serve"), $"editions/{2000}-01/movements/movement-01.vi.md", Math.Min(options.ServeRepeats, 3));
        serveRows.Add(($"N={size}", serve.First, Measure.Median(serve.Edits), serve.Edits.Min(), serve.Edits.Count));
    }
}

PrintTables(rows, serveRows);
Measure.DeleteDirectory(trash);
return 0;

// Runs the tools in turn (ours, hugo, ours, hugo, …) so that both see the same machine load; every run is checked.
List<Row> Bench(string corpus, int sourceFiles, int runs, List<Tool> tools)
{
    var results = tools.ToDictionary(t => t, _ => new List<RunResult>());
    foreach (var tool in tools.Where(t => t.WarmCache))
    {
        Measure.MoveAside(tool.Output, trash);
        tool.Run(); // untimed: fills the image cache
    }

    Console.Write($"  {corpus,-12} load {Measure.LoadAverage()}:");
    for (var i = 0; i < runs; i++)
    {
        foreach (var tool in tools)
        {
            Measure.MoveAside(tool.Output, trash);
            var result = tool.Run();
            if (result.ExitCode != 0 || !tool.Succeeded(result))
            {
                Console.WriteLine();
                Console.Error.WriteLine($"error: {tool.Name} failed on {corpus} (exit {result.ExitCode}):\n{Tail(result.Output, 40)}");
                Environment.Exit(1);
            }

            results[tool].Add(result);
            Console.Write($" {tool.Name.Split(" (")[0]} {result.Wall.TotalSeconds:0.00}s");
        }
    }

    Console.WriteLine($" (load {Measure.LoadAverage()})");
    return tools.Select(tool =>
    {
        var (bytes, files, html) = Measure.DirectorySize(tool.Output);
        var seconds = results[tool].Select(r => r.Wall.TotalSeconds).ToList();
        var cpu = Measure.Median(results[tool].Select(r => r.CpuSeconds).ToList());
        return new Row(corpus, tool.Name, sourceFiles, runs, Measure.Median(seconds), seconds.Min(), cpu, results[tool].Max(r => r.PeakKb), bytes, files, html);
    }).ToList();
}

static bool OursSucceeded(RunResult result) => result.Output.Contains(" 0 errors", StringComparison.Ordinal);

(double First, List<double> Edits) ServeRebuilds(string input, string output, string editFile, int repeats)
{
    var log = new List<string>();
    var server = new PreviewServer(new BuildOptions { InputDirectory = input, ThemeDirectory = theme, OutputDirectory = output }, log.Add);
    var first = server.Rebuild("start").TotalMilliseconds;
    server.Rebuild("warm-up");
    var path = Path.Combine(input, editFile);
    var edits = new List<double>();
    for (var i = 1; i <= repeats; i++)
    {
        File.AppendAllText(path, $"\nĐoạn văn được sửa lần thứ {i} để đo thời gian dựng lại.\n", new UTF8Encoding(false));
        edits.Add(server.Rebuild($"edit {i}").TotalMilliseconds);
    }

    var failed = log.Where(l => l.StartsWith("build failed", StringComparison.Ordinal)).ToList();
    if (failed.Count > 0)
    {
        Console.Error.WriteLine($"error: a serve rebuild failed:\n{string.Join('\n', log.TakeLast(20))}");
        Environment.Exit(1);
    }

    Console.WriteLine($"  serve {input}: first build {first:0} ms, edit rebuilds {string.Join(" ", edits.Select(e => $"{e:0}ms"))}");
    return (first, edits);
}

void PrintTables(List<Row> results, List<(string Corpus, double First, double Median, double Min, int Repeats)> serve)
{
    Console.WriteLine();
    Console.WriteLine("Clean builds, a cold process each run (dotnet Site.Cli.dll build, published ReadyToRun / hugo --quiet), tools alternating; pages/s = source files / median wall; cpu = median user+sys");
    var header = $"{"corpus",-12} {"tool",-24} {"runs",4} {"median s",9} {"min s",7} {"cpu s",7} {"pages/s",8} {"peak MB",8} {"out MB",7} {"files",7} {"html",6} {"vs hugo",9}";
    Console.WriteLine(header);
    Console.WriteLine(new string('-', header.Length));
    foreach (var row in results)
    {
        var hugo = results.FirstOrDefault(r => r.Corpus == row.Corpus && r.Tool == "hugo");
        var ratio = hugo is null ? "n/a" : row == hugo ? "1.00×" : $"{row.Median / hugo.Median:0.00}×";
        Console.WriteLine($"{row.Corpus,-12} {row.Tool,-24} {row.Runs,4} {row.Median,9:0.000} {row.Min,7:0.000} {row.Cpu,7:0.00} {row.SourceFiles / row.Median,8:0} {row.PeakKb / 1024.0,8:0} {row.Bytes / 1048576.0,7:0.0} {row.Files,7} {row.HtmlFiles,6} {ratio,9}");
    }

    Console.WriteLine();
    Console.WriteLine("Serve: PreviewServer.Rebuild in-process, after one warm-up rebuild, each after appending a paragraph to one page");
    var serveHeader = $"{"corpus",-12} {"first build ms",15} {"edits",6} {"median ms",10} {"min ms",8}";
    Console.WriteLine(serveHeader);
    Console.WriteLine(new string('-', serveHeader.Length));
    foreach (var (corpus, first, median, min, repeats) in serve)
    {
        Console.WriteLine($"{corpus,-12} {first,15:0} {repeats,6} {median,10:0} {min,8:0}");
    }
}

static string Tail(string text, int lines) => string.Join('\n', text.Split('\n').TakeLast(lines));

static string FindRepo()
{
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Site.sln")))
            {
                return directory.FullName;
            }
        }
    }

    throw new InvalidOperationException("cannot find the repository (Site.sln); pass --repo DIR");
}

static string? HugoVersion()
{
    try
    {
        var result = Measure.Run("hugo", ["version"]);
        return result.ExitCode == 0 ? result.Output.Trim() : null;
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return null;
    }
}

static string CpuModel()
{
    try
    {
        return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
    }
    catch (IOException)
    {
        return "unknown CPU";
    }
}

static void CopyDirectory(string from, string to)
{
    foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}

internal sealed record Row(string Corpus, string Tool, int SourceFiles, int Runs, double Median, double Min, double Cpu, long PeakKb, long Bytes, int Files, int HtmlFiles);

internal sealed record Tool(string Name, string Output, Func<RunResult> Run, Func<RunResult, bool> Succeeded)
{
    /// <summary>Builds with a kept image cache, filled by one untimed run before the timed ones.</summary>
    public bool WarmCache { get; init; }
}

internal sealed record Options(IReadOnlyList<int> Sizes, IReadOnlyList<int> Runs, string Work, string? Repo, int ServeRepeats, bool NoHugo, bool NoBuild, bool NoCorpusServe, int CorpusServeMax, int CardsMax)
{
    public static Options Parse(string[] args)
    {
        var options = new Options([1000, 10000], [5, 3], Path.Combine(Path.GetTempPath(), "site-bench"), null, 5, false, false, false, 1000, 1000);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            static List<int> Numbers(string text) => text.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToList();
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = Numbers(Next()) },
                "--runs" => options with { Runs = Numbers(Next()) },
                "--work" => options with { Work = Path.GetFullPath(Next()) },
                "--repo" => options with { Repo = Path.GetFullPath(Next()) },
                "--serve-repeats" => options with { ServeRepeats = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--no-hugo" => options with { NoHugo = true },
                "--no-build" => options with { NoBuild = true },
                "--no-corpus-serve" => options with { NoCorpusServe = true },
                "--corpus-serve-max" => options with { CorpusServeMax = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--cards-max" => options with { CardsMax = int.Parse(Next(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
