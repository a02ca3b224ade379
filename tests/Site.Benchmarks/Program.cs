using System.Diagnostics;
using System.Globalization;
using System.Text;
using Site.Benchmarks;
using Site.Build;
using Site.Preview;

// Site.Benchmarks: our generator against Hugo on generated corpora of several shapes and sizes, the native (AOT)
// command line against the JIT one, the real site (input/), and our search index against Pagefind's. See README.md.
if (args is ["--serve-child", var childInput, var childTheme, var childOutput, var childEdit, var childRepeats])
{
    return await ServeChild.RunAsync(childInput, childTheme, childOutput, childEdit, int.Parse(childRepeats, CultureInfo.InvariantCulture));
}

var options = Options.Parse(args);
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Measure.Limit = TimeSpan.FromSeconds(options.TimeoutSeconds);
var repo = options.Repo ?? FindRepo();
var theme = Path.Combine(repo, "theme");
Directory.CreateDirectory(options.Work);
var trash = Path.Combine(options.Work, "trash");
Measure.DeleteDirectory(trash);
var imageCache = Path.Combine(options.Work, "image-cache");
Measure.DeleteDirectory(imageCache);

Console.WriteLine($"repository: {repo}");
Console.WriteLine($"work folder: {options.Work}");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {CpuModel()}, .NET {Environment.Version}, peak memory via {(Measure.HasTimeTool ? "/usr/bin/time -f %M" : "/proc VmHWM polling")}, load average {LoadAverages()}");

// The command lines. ReadyToRun: as the framework-dependent tool installs. JIT: the same without precompiled code
// (the reference for the native build's output). Native AOT: one executable, no runtime to start.
var cli = Path.Combine(options.Work, "cli");
var jit = Path.Combine(options.Work, "cli-jit");
var native = Path.Combine(options.Work, "cli-native");
if (!options.NoBuild)
{
    Publish("ReadyToRun", cli, "-p:PublishReadyToRun=true", "--self-contained", "false");
    if (options.Native)
    {
        Publish("JIT", jit, "--self-contained", "false");
        Publish("Native AOT (minutes on 2 cores)", native, "-p:PublishAot=true");
    }
}

var ours = new List<Tool> { new("ours (ReadyToRun)", "dotnet", [Path.Combine(cli, "Site.Cli.dll")]) };
if (options.Native)
{
    ours.Insert(0, new("ours (native AOT)", Path.Combine(native, "Site.Cli"), []));
}

foreach (var tool in ours)
{
    if (!File.Exists(tool.Arguments.FirstOrDefault() ?? tool.File))
    {
        Console.Error.WriteLine($"error: {tool.Arguments.FirstOrDefault() ?? tool.File} is missing: run without --no-build");
        return 1;
    }
}

var hugoVersion = options.NoHugo ? null : HugoVersion();
Console.WriteLine(hugoVersion is null ? "hugo: NOT AVAILABLE (apt-get install -y hugo); only our generator is measured" : $"hugo: {hugoVersion}");
var hugo = hugoVersion is null ? null : new Tool("hugo", "hugo", []);

var real = Path.Combine(options.Work, "real");
Measure.DeleteDirectory(real);
CopyDirectory(Path.Combine(repo, "input"), Path.Combine(real, "input"));
var realInput = Path.Combine(real, "input");

if (options.Native)
{
    CompareNativeWithJit();
    StartUp();
}

// The matrix: every shape at every size, the tools alternating in rounds, each round a pair (ours, hugo).
var rows = new List<Row>();
foreach (var shape in options.Shapes)
{
    foreach (var size in options.Sizes)
    {
        rows.AddRange(BenchCorpus(shape, size, options.Pairs));
    }
}

// Time per page: one shape from 1k to 30k (the sizes the matrix has already measured are not run again).
var series = options.Series.Where(size => !(options.Shapes.Contains(options.SeriesShape) && options.Sizes.Contains(size)))
    .SelectMany(size => BenchCorpus(options.SeriesShape, size, options.SeriesPairs)).ToList();
rows.AddRange(series);

var realRows = new List<Row>();
var serveRows = new List<(string Corpus, double First, double Median, double Min, int Repeats, long PeakKb)>();
if (!options.NoReal)
{
    var realFiles = Directory.EnumerateFiles(realInput, "*.md", SearchOption.AllDirectories).Count(f => !f.EndsWith("README.md", StringComparison.Ordinal));
    var realOutput = Path.Combine(real, "out");
    var runs = new List<Run>();
    foreach (var tool in ours)
    {
        runs.Add(new($"{tool.Name}", realOutput, () => tool.Build(realInput, theme, realOutput, "--no-cache")));
        runs.Add(new($"{tool.Name}, warm cache", realOutput, () => tool.Build(realInput, theme, realOutput, "--cache-dir", imageCache)) { WarmCache = true });
    }

    realRows.AddRange(Bench("real input/", "real", realFiles, 5, runs, hugoName: null));
    if (!options.NoServe)
    {
        var serve = ServeRebuilds(realInput, Path.Combine(real, "out-serve"), "editions/2022-05/movements/covid-19.vi.md", options.ServeRepeats);
        serveRows.Add(("real input/ (Rebuild in-process)", serve.First, Measure.Median(serve.Edits), serve.Edits.Min(), serve.Edits.Count, 0));
    }
}

// Serve on generated corpora: a child process per size (its peak memory is serve's alone), edits through the file watcher.
if (!options.NoServe)
{
    foreach (var size in options.ServeSizes)
    {
        serveRows.Add(ServeCorpus(options.ServeShape, size));
    }
}

if (options.Search)
{
    CompareSearch();
}

PrintTables();
Measure.DeleteDirectory(trash);
Console.WriteLine($"load average at the end: {LoadAverages()}");
return 0;

void Publish(string what, string output, params string[] extra)
{
    Console.WriteLine($"publishing Site.Cli ({what})…");
    var clock = Stopwatch.StartNew();
    var build = Measure.Run("dotnet", [.. new[] { "publish", Path.Combine(repo, "src", "Site.Cli", "Site.Cli.csproj"), "-c", "Release", "-r", "linux-x64", "-o", output, "--nologo", "-v", "q", "-clp:ErrorsOnly" }, .. extra], TimeSpan.FromMinutes(40));
    if (build.ExitCode != 0)
    {
        Console.Error.WriteLine(build.Output);
        Environment.Exit(1);
    }

    Console.WriteLine($"  published in {clock.Elapsed.TotalSeconds:0} s");
}

// The native build must write exactly what the JIT build writes: the real site built by both, every file compared.
void CompareNativeWithJit()
{
    var jitOut = Path.Combine(real, "out-jit");
    var nativeOut = Path.Combine(real, "out-native");
    var jitTool = new Tool("JIT", "dotnet", [Path.Combine(jit, "Site.Cli.dll")]);
    foreach (var (tool, output) in new[] { (jitTool, jitOut), (ours[0], nativeOut) })
    {
        Measure.MoveAside(output, trash);
        var result = tool.Build(realInput, theme, output, "--no-cache");
        if (result.ExitCode != 0 || !OursSucceeded(result))
        {
            Console.Error.WriteLine($"error: {tool.Name} failed on the real site:\n{Tail(result.Output, 40)}");
            Environment.Exit(1);
        }
    }

    var files = Directory.EnumerateFiles(jitOut, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(jitOut, f)).Order(StringComparer.Ordinal).ToList();
    var nativeFiles = Directory.EnumerateFiles(nativeOut, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(nativeOut, f)).Order(StringComparer.Ordinal).ToList();
    var differences = files.Except(nativeFiles).Select(f => $"only in the JIT build: {f}")
        .Concat(nativeFiles.Except(files).Select(f => $"only in the native build: {f}"))
        .Concat(files.Intersect(nativeFiles).Where(f => !File.ReadAllBytes(Path.Combine(jitOut, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(nativeOut, f)))).Select(f => $"differs: {f}"))
        .ToList();
    if (differences.Count > 0)
    {
        Console.Error.WriteLine($"error: the native build's output is not the JIT build's ({differences.Count} differences):\n{string.Join('\n', differences.Take(20))}");
        Environment.Exit(1);
    }

    Console.WriteLine($"native vs JIT on the real site: {files.Count} files, byte-identical");
}

// How long a command takes from start to exit: --version, a two-page site, the real site.
void StartUp()
{
    var tiny = Path.Combine(options.Work, "tiny");
    Measure.DeleteDirectory(tiny);
    WriteTinySite(tiny);
    var tools = new List<Tool> { new("JIT", "dotnet", [Path.Combine(jit, "Site.Cli.dll")]), ours[1], ours[0] };
    Console.WriteLine();
    Console.WriteLine($"Start-up, median of 5 cold processes each (load {LoadAverages()}):");
    Console.WriteLine("| command line | --version | build, 2-page site | build, real site (--no-cache) |");
    Console.WriteLine("|---|---:|---:|---:|");
    foreach (var tool in tools)
    {
        var version = Median(5, () => Measure.Run(tool.File, [.. tool.Arguments, "--version"]));
        var two = Median(5, () => tool.Build(Path.Combine(tiny, "input"), theme, Path.Combine(tiny, "out"), "--no-cache"));
        var site = Median(5, () => tool.Build(realInput, theme, Path.Combine(real, "out-startup"), "--no-cache"));
        Console.WriteLine($"| {tool.Name} | {version:0.000} s | {two:0.000} s | {site:0.000} s |");
    }

    if (hugo is not null)
    {
        var version = Median(5, () => Measure.Run("hugo", ["version"]));
        var two = Median(5, () => Measure.Run("hugo", ["--quiet", "-s", Path.Combine(tiny, "hugo"), "-d", Path.Combine(tiny, "out-hugo")]));
        Console.WriteLine($"| hugo | {version:0.000} s | {two:0.000} s | — |");
    }

    double Median(int runs, Func<RunResult> run)
    {
        var seconds = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var result = run();
            if (result.ExitCode != 0)
            {
                Console.Error.WriteLine($"error: a start-up run failed (exit {result.ExitCode}):\n{Tail(result.Output, 20)}");
                Environment.Exit(1);
            }

            seconds.Add(result.Wall.TotalSeconds);
        }

        return Measure.Median(seconds);
    }
}

List<Row> BenchCorpus(CorpusShape shape, int size, int pairs)
{
    var root = Path.Combine(options.Work, $"{shape.Name}-{size}");
    var input = Path.Combine(root, "input");
    var hugoSite = Path.Combine(root, "hugo");
    var generator = new CorpusGenerator(size, shape);
    var clock = Stopwatch.StartNew();
    var files = generator.Write(repo, input, hugoSite);
    Console.WriteLine($"corpus {shape.Name} N={size}: {files} Markdown files in {generator.Editions} editions ({shape.Description}), generated in {clock.Elapsed.TotalSeconds:0.0} s");
    // With --native, the corpora are built by the native command line only (the one to install); ReadyToRun is
    // timed on the real site and at start-up.
    var runs = ours.Take(1).Select(tool => new Run(tool.Name, Path.Combine(root, tool.OutputFolder), () => tool.Build(input, theme, Path.Combine(root, tool.OutputFolder), "--no-cache"))).ToList();
    if (hugo is not null)
    {
        var hugoOutput = Path.Combine(root, "out-hugo");
        runs.Add(new("hugo", hugoOutput, () => Measure.Run("hugo", ["--quiet", "-s", hugoSite, "-d", hugoOutput])) { IsHugo = true });
    }

    return Bench(shape.Name, $"N={size}", files, pairs, runs, hugoName: hugo is null ? null : "hugo");
}

// The tools in rounds (ours, hugo, ours, hugo, …) so that all see the same machine load; every run is checked.
List<Row> Bench(string shape, string corpus, int sourceFiles, int rounds, List<Run> runs, string? hugoName)
{
    var results = runs.ToDictionary(t => t, _ => new List<RunResult>());
    foreach (var run in runs.Where(t => t.WarmCache))
    {
        Measure.MoveAside(run.Output, trash);
        run.Start(); // untimed: fills the image cache
    }

    Console.Write($"  {shape} {corpus} load {Measure.LoadAverage()}:");
    for (var i = 0; i < rounds; i++)
    {
        foreach (var run in runs)
        {
            Measure.MoveAside(run.Output, trash);
            var result = run.Start();
            if (result.ExitCode != 0 || (!run.IsHugo && !OursSucceeded(result)))
            {
                Console.WriteLine();
                Console.Error.WriteLine($"error: {run.Name} failed on {shape} {corpus} (exit {result.ExitCode}):\n{Tail(result.Output, 40)}");
                Environment.Exit(1);
            }

            results[run].Add(result);
            Console.Write($" {run.Name.Split(" (")[0]} {result.Wall.TotalSeconds:0.00}s");
        }
    }

    Console.WriteLine($" (load {Measure.LoadAverage()})");
    var hugoRuns = hugoName is null ? null : results.FirstOrDefault(r => r.Key.Name == hugoName).Value;
    return runs.Select(run =>
    {
        var (bytes, files, html) = Measure.DirectorySize(run.Output);
        var seconds = results[run].Select(r => r.Wall.TotalSeconds).ToList();
        var cpu = Measure.Median(results[run].Select(r => r.CpuSeconds).ToList());
        // Each round's ratio, then their median: a burst of load on the machine slows both tools of a round alike.
        double? ratio = hugoRuns is null ? null : Measure.Median(seconds.Select((s, i) => s / hugoRuns[i].Wall.TotalSeconds).ToList());
        return new Row(shape, corpus, run.Name, sourceFiles, rounds, Measure.Median(seconds), seconds.Min(), cpu, results[run].Max(r => r.PeakKb), bytes, files, html, ratio);
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

    if (log.Any(l => l.StartsWith("build failed", StringComparison.Ordinal)))
    {
        Console.Error.WriteLine($"error: a serve rebuild failed:\n{string.Join('\n', log.TakeLast(20))}");
        Environment.Exit(1);
    }

    Console.WriteLine($"  serve {input}: first build {first:0} ms, edit rebuilds {string.Join(" ", edits.Select(e => $"{e:0}ms"))}");
    return (first, edits);
}

(string Corpus, double First, double Median, double Min, int Repeats, long PeakKb) ServeCorpus(CorpusShape shape, int size)
{
    var root = Path.Combine(options.Work, $"serve-{shape.Name}-{size}");
    var input = Path.Combine(root, "input");
    var generator = new CorpusGenerator(size, shape);
    generator.Write(repo, input, Path.Combine(root, "hugo"));
    var edit = Directory.EnumerateFiles(Path.Combine(input, "editions"), "*.vi.md", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(input, f)).Where(f => f.Contains("/movements/", StringComparison.Ordinal) && !f.EndsWith("_index.vi.md", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal).First();
    var output = Path.Combine(root, "out-serve");
    var self = Path.Combine(AppContext.BaseDirectory, "Site.Benchmarks.dll");
    var result = Measure.Run("dotnet", [self, "--serve-child", input, theme, output, edit, options.ServeRepeats.ToString(CultureInfo.InvariantCulture)]);
    var line = result.Output.Split('\n').FirstOrDefault(l => l.StartsWith(ServeChild.ResultPrefix, StringComparison.Ordinal));
    if (result.ExitCode != 0 || line is null)
    {
        Console.Error.WriteLine($"error: serve on {shape.Name} N={size} failed (exit {result.ExitCode}):\n{Tail(result.Output, 30)}");
        Environment.Exit(1);
    }

    Console.WriteLine(string.Join('\n', result.Output.Split('\n').Where(l => l.StartsWith("rebuilt", StringComparison.Ordinal) || l.StartsWith("stages", StringComparison.Ordinal)).Select(l => "    " + l)));
    var numbers = line[ServeChild.ResultPrefix.Length..].Trim().Split(' ').Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToList();
    var edits = numbers.Skip(1).ToList();
    Console.WriteLine($"  serve {shape.Name} N={size} ({edit}): first build {numbers[0]:0} ms, edits {string.Join(" ", edits.Select(e => $"{e:0}ms"))}, peak {result.PeakKb / 1024} MB (load {Measure.LoadAverage()})");
    return ($"{shape.Name} N={size}", numbers[0], Measure.Median(edits), edits.Min(), edits.Count, result.PeakKb);
}

// Pagefind (npm) indexes the same built pages; search-compare.mjs asks both searches the same queries as first queries.
void CompareSearch()
{
    var npm = Path.Combine(options.Work, "npm");
    var install = Measure.Run("npm", ["install", "--prefix", npm, "--no-audit", "--no-fund", "pagefind@1.6.0"], TimeSpan.FromMinutes(5));
    if (install.ExitCode != 0)
    {
        Console.Error.WriteLine($"error: npm install pagefind failed:\n{Tail(install.Output, 20)}");
        Environment.Exit(1);
    }

    var script = Path.Combine(repo, "tests", "Site.Benchmarks", "search-compare.mjs");
    var searchJs = Path.Combine(theme, "assets", "search.js");
    var sites = new List<(string Name, string Output, string Queries)>();
    var realSearch = Path.Combine(real, "out-search");
    Measure.MoveAside(realSearch, trash);
    var built = ours[^1].Build(realInput, theme, realSearch, "--no-cache");
    if (built.ExitCode != 0)
    {
        Console.Error.WriteLine($"error: building the real site for the search comparison failed:\n{Tail(built.Output, 20)}");
        Environment.Exit(1);
    }

    sites.Add(("real site", realSearch, Path.Combine(repo, "tests", "Site.Tests", "Search", "real-site-queries.json")));
    var largest = options.Sizes.Max();
    var corpus = Path.Combine(options.Work, $"{options.Shapes[0].Name}-{largest}", ours[0].OutputFolder);
    if (Directory.Exists(corpus))
    {
        var queries = Path.Combine(options.Work, "corpus-queries.json");
        File.WriteAllText(queries, System.Text.Json.JsonSerializer.Serialize(CorpusGenerator.SearchQueries.Select(q => new Dictionary<string, string> { ["query"] = q }).ToList()));
        sites.Add(($"{options.Shapes[0].Name} N={largest}", corpus, queries));
    }

    foreach (var (name, output, queries) in sites)
    {
        var indexing = Measure.Run(Path.Combine(npm, "node_modules", ".bin", "pagefind"), ["--site", output], TimeSpan.FromMinutes(10));
        Console.WriteLine();
        Console.WriteLine($"Search, {name}: Pagefind 1.6.0 indexed it in {indexing.Wall.TotalSeconds:0.0} s (exit {indexing.ExitCode})");
        var compare = Measure.Run("node", [script, output, "vi", queries, searchJs], TimeSpan.FromMinutes(10));
        Console.WriteLine(compare.Output.TrimEnd());
        if (indexing.ExitCode != 0 || compare.ExitCode != 0)
        {
            Environment.Exit(1);
        }
    }
}

void PrintTables()
{
    Console.WriteLine();
    Console.WriteLine($"Clean builds, a cold process each run, tools alternating; vs hugo = median of the per-round ratios; ms/page = median wall / source files (load {LoadAverages()})");
    var header = $"{"shape",-12} {"corpus",-9} {"tool",-30} {"pairs",5} {"median s",9} {"min s",7} {"cpu s",7} {"ms/page",8} {"peak MB",8} {"out MB",7} {"files",7} {"vs hugo",8}";
    Console.WriteLine(header);
    Console.WriteLine(new string('-', header.Length));
    foreach (var row in rows.Concat(realRows))
    {
        var ratio = row.Ratio is { } r ? $"{r:0.00}×" : "—";
        Console.WriteLine($"{row.Shape,-12} {row.Corpus,-9} {row.Tool,-30} {row.Runs,5} {row.Median,9:0.000} {row.Min,7:0.000} {row.Cpu,7:0.00} {1000 * row.Median / row.SourceFiles,8:0.00} {row.PeakKb / 1024.0,8:0} {row.Bytes / 1048576.0,7:0.0} {row.Files,7} {ratio,8}");
    }

    Console.WriteLine();
    Console.WriteLine($"Time per page, shape {options.SeriesShape.Name}:");
    foreach (var tool in rows.Select(r => r.Tool).Distinct())
    {
        var points = rows.Where(r => r.Shape == options.SeriesShape.Name && r.Tool == tool && options.Series.Contains(r.SourceFiles)).OrderBy(r => r.SourceFiles).ToList();
        Console.WriteLine($"  {tool,-30} {string.Join("  ", points.Select(p => $"{p.SourceFiles:N0}: {1000 * p.Median / p.SourceFiles:0.00} ms"))}");
    }

    if (serveRows.Count > 0)
    {
        Console.WriteLine();
        Console.WriteLine("Serve: each edit appends a paragraph to one page; corpora: `site serve` in a child process, from the file's write to the page on disk (the watcher's quiet period included)");
        foreach (var (corpus, first, median, min, repeats, peak) in serveRows)
        {
            Console.WriteLine($"  {corpus}: first build {first:0} ms, {repeats} edits, median {median:0} ms, min {min:0} ms{(peak > 0 ? $", peak memory {peak / 1024.0:0} MB" : string.Empty)}");
        }
    }
}

static string Tail(string text, int lines) => string.Join('\n', text.Split('\n').TakeLast(lines));

static string LoadAverages()
{
    try
    {
        return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
    }
    catch (IOException)
    {
        return "?";
    }
}

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

// The start-up floor: one site page in two languages, on both sides.
void WriteTinySite(string root)
{
    var input = Path.Combine(root, "input");
    CopyDirectory(Path.Combine(repo, "input", "i18n"), Path.Combine(input, "i18n"));
    Directory.CreateDirectory(Path.Combine(input, "pages"));
    File.WriteAllText(Path.Combine(input, "site.yml"), "title: { vi: \"Trang thử\", en: \"Test site\" }\nbase_url: \"https://example.org/\"\nlanguages: [vi, en]\npreview_cards: false\n");
    File.WriteAllText(Path.Combine(input, "pages", "about.vi.md"), "---\ntitle: \"Giới thiệu\"\nsummary: \"Một trang.\"\n---\n\nMột đoạn văn.\n");
    File.WriteAllText(Path.Combine(input, "pages", "about.en.md"), "---\ntitle: \"About\"\nsummary: \"One page.\"\n---\n\nOne paragraph.\n");
    var hugoSite = Path.Combine(root, "hugo");
    Directory.CreateDirectory(Path.Combine(hugoSite, "content"));
    Directory.CreateDirectory(Path.Combine(hugoSite, "layouts", "_default"));
    File.WriteAllText(Path.Combine(hugoSite, "hugo.toml"), "baseURL = \"https://example.org/\"\ndefaultContentLanguage = \"vi\"\ndisableKinds = [\"taxonomy\", \"term\"]\n[languages.vi]\nweight = 1\n[languages.en]\nweight = 2\n");
    File.WriteAllText(Path.Combine(hugoSite, "content", "about.vi.md"), "---\ntitle: \"Giới thiệu\"\n---\n\nMột đoạn văn.\n");
    File.WriteAllText(Path.Combine(hugoSite, "content", "about.en.md"), "---\ntitle: \"About\"\n---\n\nOne paragraph.\n");
    File.WriteAllText(Path.Combine(hugoSite, "layouts", "_default", "single.html"), "<!DOCTYPE html><title>{{ .Title }}</title>{{ .Content }}\n");
    File.WriteAllText(Path.Combine(hugoSite, "layouts", "_default", "list.html"), "<!DOCTYPE html><title>{{ .Title }}</title>\n");
}

internal sealed record Row(string Shape, string Corpus, string Tool, int SourceFiles, int Runs, double Median, double Min, double Cpu, long PeakKb, long Bytes, int Files, int HtmlFiles, double? Ratio);

/// <summary>A command line of ours (its file and the arguments before the command), or Hugo's.</summary>
internal sealed record Tool(string Name, string File, IReadOnlyList<string> Arguments)
{
    /// <summary>Where this tool writes a corpus's site: out-AOT, out-ReadyToRun.</summary>
    public string OutputFolder => "out-" + Name.Split(' ')[^1].Trim('(', ')');

    public RunResult Build(string input, string theme, string output, params string[] extra) =>
        Measure.Run(File, [.. Arguments, "build", .. extra, "--input", input, "--theme", theme, "--output", output]);
}

/// <summary>One timed thing the benchmark repeats in rounds.</summary>
internal sealed record Run(string Name, string Output, Func<RunResult> Start)
{
    /// <summary>Builds with a kept image cache, filled by one untimed run before the timed ones.</summary>
    public bool WarmCache { get; init; }

    public bool IsHugo { get; init; }
}
