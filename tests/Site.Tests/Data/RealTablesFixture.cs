using Site.Build;
using Site.Tests.Support;

namespace Site.Tests.Data;

/// <summary>Builds the real input/ once into a temporary folder, for the checks of the real appendix tables.</summary>
public sealed class RealTablesFixture : IDisposable
{
    public RealTablesFixture()
    {
        Output = Path.Combine(Path.GetTempPath(), "real-tables-" + Guid.NewGuid().ToString("N")[..8]);
        Result = SiteBuilder.Build(new BuildOptions
        {
            InputDirectory = Path.Combine(TestSite.RepositoryRoot, "input"),
            ThemeDirectory = Path.Combine(TestSite.RepositoryRoot, "theme"),
            OutputDirectory = Output,
        });
    }

    public string Output { get; }

    public BuildResult Result { get; }

    internal ExpectedTable Expected(string number) =>
        ExpectedTable.LoadFile(Path.Combine(TestSite.RepositoryRoot, "input", "editions", "2022-05", "appendices", number + ".yml"));

    public string ReadOutput(string path)
    {
        var full = Path.Combine(Output, path);
        Assert.True(File.Exists(full), $"{path} was not written");
        return File.ReadAllText(full);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Output, recursive: true);
        }
        catch (IOException)
        {
            // Temp output left behind is harmless.
        }
    }
}
