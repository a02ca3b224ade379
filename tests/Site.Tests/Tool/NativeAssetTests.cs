using System.Runtime.InteropServices;
using System.Text;

namespace Site.Tests.Tool;

/// <summary>
/// The set-up needs nothing but the .NET SDK: Skia comes without its fontconfig dependency, and an output folder
/// carries only this platform's native libraries (Directory.Build.props), not fifteen platforms' worth.
/// </summary>
public class NativeAssetTests
{
    private static readonly string Runtimes = Path.Combine(AppContext.BaseDirectory, "runtimes");

    [Fact]
    public void TheBuildOutput_HoldsTheNativeLibrariesOfThisPlatformOnly()
    {
        var platforms = Directory.EnumerateDirectories(Runtimes)
            .Where(d => Directory.Exists(Path.Combine(d, "native")))
            .Select(Path.GetFileName)
            .ToList();
        Assert.Equal([RuntimeInformation.RuntimeIdentifier], platforms);
    }

    [Fact]
    public void SkiaOnLinux_NeedsNoFontconfig()
    {
        var library = Path.Combine(Runtimes, RuntimeInformation.RuntimeIdentifier, "native", "libSkiaSharp.so");
        var bytes = File.ReadAllBytes(library);
        // The ELF file names each library it needs (DT_NEEDED) in its string table.
        Assert.True(Encoding.ASCII.GetString(bytes).Contains("libc.so.6", StringComparison.Ordinal), "the check should find the libraries every ELF file names");
        Assert.False(Encoding.ASCII.GetString(bytes).Contains("libfontconfig.so", StringComparison.Ordinal), "libSkiaSharp.so needs libfontconfig: use SkiaSharp.NativeAssets.Linux.NoDependencies");
    }
}
