using Site.Diagnostics;
using Site.Build;
using Site.Tests.Support;

namespace Site.Tests.Data;

/// <summary>The real site (built once per run), for the checks of the real appendix tables.</summary>
public sealed class RealTablesFixture
{
    public RealTablesFixture()
    {
        Output = RealSiteBuild.Output;
        Result = RealSiteBuild.Result;
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public string ReadOutput(string path)
    {
        var full = Path.Combine(Output, path);
        Assert.True(File.Exists(full), $"{path} was not written");
        return File.ReadAllText(full);
    }
}
