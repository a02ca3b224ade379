using Site.Build;
using Site.Diagnostics;
using Site.Output;
using Site.Tests.Hostile;
using Site.Tests.Support;

namespace Site.Tests.Build;

/// <summary>The published site is never lost: each state a killed, failed or concurrent build can leave, set up directly.</summary>
public class OutputSwapTests
{
    private static readonly OutputFile[] NewSite = [OutputFile.Text("index.html", "new site"), OutputFile.Text("vi/index.html", "mới")];

    [Fact]
    public void Swap_OnLinux_ExchangesBothFoldersInOneStep_WithoutMovingThePreviousSiteAside()
    {
        using var site = PublishedSite();
        var folders = new RecordingFolders();
        var diagnostics = new DiagnosticBag();
        AtomicOutputWriter.Write(NewSite, site.Output, diagnostics, folders);
        Assert.Empty(diagnostics.All);
        Assert.True(OperatingSystem.IsLinux() && folders.Exchanged, "renameat2(RENAME_EXCHANGE) was not used");
        Assert.DoesNotContain(folders.Moves, m => m.From == Path.GetFullPath(site.Output));
        Assert.Equal("new site", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        AssertNoLeftovers(site);
    }

    [Fact]
    public void Swap_WhereTheFileSystemCannotExchange_FallsBackToTwoRenames()
    {
        using var site = PublishedSite();
        var folders = new RecordingFolders { CanExchange = false };
        var diagnostics = new DiagnosticBag();
        AtomicOutputWriter.Write(NewSite, site.Output, diagnostics, folders);
        Assert.Empty(diagnostics.All);
        Assert.Contains(folders.Moves, m => m.From == Path.GetFullPath(site.Output) && Path.GetFileName(m.To).StartsWith("_site.old-", StringComparison.Ordinal));
        Assert.Equal("new site", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        AssertNoLeftovers(site);
    }

    [Fact]
    public void SecondRenameFailing_IsSite082_AndThePreviousSiteIsPutBack()
    {
        using var site = PublishedSite();
        var before = HostileSites.Snapshot(site);
        var folders = new RecordingFolders { CanExchange = false, FailMoveInto = Path.GetFullPath(site.Output) };
        var diagnostics = new DiagnosticBag();
        AtomicOutputWriter.Write(NewSite, site.Output, diagnostics, folders);
        var error = Assert.Single(diagnostics.All, d => d.Severity == Severity.Error);
        Assert.Equal("SITE082", error.Code);
        HostileSites.AssertUnchanged(site, before);
        AssertNoLeftovers(site);
    }

    [Fact]
    public void BuildKilledBetweenTheTwoRenames_NextBuildPutsThePreviousSiteBackFirst_EvenWhenItFails()
    {
        using var site = PublishedSite();
        var before = HostileSites.Snapshot(site);
        Directory.Move(site.Output, Path.Combine(site.Root, "_site.old-4242-deadbeef"));
        site.WriteFile("input/pages/about.vi.md", "---\ntitle: [unclosed\n---\n");
        var result = site.BuildExpectingError();
        HostileSites.AssertUnchanged(site, before);
        Assert.Contains(result.Diagnostics, d => d.Code == "SITE083" && d.Severity == Severity.Warning && d.Message.Contains("put back", StringComparison.Ordinal));
        AssertNoLeftovers(site);
    }

    [Fact]
    public void LeftoverThatCannotBeDeleted_IsAWarning_AndNeitherThisBuildNorTheNextFails_EvenUnderStrict()
    {
        using var site = PublishedSite();
        var stuck = Path.Combine(site.Root, "_site.old-4242-deadbeef");
        Directory.CreateDirectory(stuck);
        File.WriteAllText(Path.Combine(stuck, "index.html"), "stuck");
        var folders = new RecordingFolders { FailDeleteOf = stuck };
        for (var build = 0; build < 2; build++)
        {
            var diagnostics = new DiagnosticBag();
            AtomicOutputWriter.Write(NewSite, site.Output, diagnostics, folders);
            var warning = Assert.Single(diagnostics.All);
            Assert.Equal((Severity.Warning, "SITE083", stuck), (warning.Severity, warning.Code, warning.File));
            Assert.False(diagnostics.HasErrors(strict: true));
            Assert.Equal("new site", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        }
    }

    [Fact]
    public void StagingFolderOfAnotherRunningBuild_IsLeftAlone_AndRemovedOnceItsLockIsFree()
    {
        using var site = PublishedSite();
        var running = Path.Combine(site.Root, "_site.staging-4242-deadbeef");
        Directory.CreateDirectory(running);
        File.WriteAllText(Path.Combine(running, "index.html"), "being written");
        using (new FileStream(running + ".lock", FileMode.Create, FileAccess.ReadWrite, FileShare.None))
        {
            site.BuildExpectingSuccess();
            Assert.Equal("being written", File.ReadAllText(Path.Combine(running, "index.html")));
        }

        site.BuildExpectingSuccess();
        Assert.False(Directory.Exists(running));
        AssertNoLeftovers(site);
    }

    private static TestSite PublishedSite()
    {
        var site = TestSite.Create(HostileSites.WithPage);
        site.BuildExpectingSuccess();
        return site;
    }

    private static void AssertNoLeftovers(TestSite site) =>
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName), d => d!.StartsWith("_site.", StringComparison.Ordinal));

    /// <summary>The real folder operations, recorded, with one of them made to fail as a locked file or an old kernel would.</summary>
    private sealed class RecordingFolders : OutputFolders
    {
        public bool CanExchange { get; init; } = true;

        public string? FailMoveInto { get; init; }

        public string? FailDeleteOf { get; init; }

        public bool Exchanged { get; private set; }

        public List<(string From, string To)> Moves { get; } = [];

        public override bool TryExchange(string first, string second) => CanExchange && (Exchanged = base.TryExchange(first, second));

        public override void Move(string from, string to)
        {
            Moves.Add((from, to));
            if (to == FailMoveInto && Path.GetFileName(from).StartsWith("_site.staging-", StringComparison.Ordinal))
            {
                throw new IOException("simulated: no space left on device");
            }

            base.Move(from, to);
        }

        public override void Delete(string folder)
        {
            if (folder == FailDeleteOf)
            {
                throw new UnauthorizedAccessException($"simulated: access to the path '{folder}' is denied");
            }

            base.Delete(folder);
        }
    }
}
