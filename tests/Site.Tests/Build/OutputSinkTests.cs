using Site.Build;
using Site.Diagnostics;
using Site.Output;
using Site.Tests.Support;

namespace Site.Tests.Build;

/// <summary>What a one-off build does with each file as it is made: checked, staged, and published only by a commit.</summary>
public class OutputSinkTests
{
    [Fact]
    public void TwoFilesAtOnePath_FailTheBuild_NamingThePath_AndNeitherIsPublished()
    {
        using var site = TestSite.Create(TestSite.MinimalSite);
        var output = Path.Combine(site.Root, "_out");
        var diagnostics = new DiagnosticBag();
        using (var staged = StagedOutput.Open(output, diagnostics, OutputFolders.Real)!)
        {
            var sink = new OutputSink(staged, "/", diagnostics);
            sink.Add(OutputFile.Text("vi/index.html", "một"));
            sink.Add(OutputFile.Text("vi/index.html", "hai"));
            staged.Commit(strict: false);
        }

        var error = Assert.Single(diagnostics.All, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.OutputCheck, error.Code);
        Assert.Equal("vi/index.html", error.File);
        Assert.False(Directory.Exists(output));
        AssertNothingStaged(site);
    }

    [Fact]
    public void StagedFiles_AreNotPublished_UntilTheCommit_AndADisposeWithoutOneDiscardsThem()
    {
        using var site = TestSite.Create(TestSite.MinimalSite);
        var output = Path.Combine(site.Root, "_out");
        var diagnostics = new DiagnosticBag();
        using (var staged = StagedOutput.Open(output, diagnostics, OutputFolders.Real)!)
        {
            staged.Add(OutputFile.Text("index.html", "mới"));
            Assert.False(Directory.Exists(output));
        }

        Assert.False(Directory.Exists(output));
        AssertNothingStaged(site);

        using (var staged = StagedOutput.Open(output, diagnostics, OutputFolders.Real)!)
        {
            staged.Add(OutputFile.Text("index.html", "mới"));
            staged.Commit(strict: false);
        }

        Assert.Equal("mới", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Empty(diagnostics.All);
    }

    private static void AssertNothingStaged(TestSite site) =>
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName), d => d!.StartsWith("_out", StringComparison.Ordinal));
}
