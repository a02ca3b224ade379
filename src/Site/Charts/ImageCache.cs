using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SkiaSharp;

namespace Site.Charts;

/// <summary>
/// PNG images by what they draw. The key hashes the scene, the scale, the fonts and the drawing code itself (this
/// assembly's build and Skia's version), so a cached image is used only where drawing again would give the same
/// bytes. Two layers, both optional: memory kept by `serve` between rebuilds, and a folder on disk kept between
/// builds (`--cache-dir`), so that a build draws only the charts and cards whose content changed. Drawing a preview
/// card costs about 5 ms; a site of a thousand pages has two thousand of them.
/// </summary>
public sealed class ImageCache(ConcurrentDictionary<string, byte[]>? memory, string? directory)
{
    /// <summary>Bounded, so that a long editing session cannot grow it without limit.</summary>
    private const int MemoryLimit = 4000;

    private static readonly string Renderer =
        $"{typeof(PngChartRenderer).Assembly.ManifestModule.ModuleVersionId}/{typeof(SKCanvas).Assembly.GetName().Version}";

    private static readonly byte[] PngEnd = [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    public byte[] Png(ChartScene scene, ChartFonts fonts, float scale)
    {
        if (memory is null && directory is null)
        {
            return Draw(scene, fonts, scale, path: null); // --no-cache: nothing to look up, so no key to compute.
        }

        var key = Key(scene, fonts, scale);
        if (memory is not null && memory.TryGetValue(key, out var remembered))
        {
            return remembered;
        }

        var path = directory is null ? null : Path.Combine(directory, "images", key[..2], key + ".png");
        var png = (path is null ? null : TryRead(path)) ?? Draw(scene, fonts, scale, path);
        if (memory is not null && memory.Count < MemoryLimit)
        {
            memory[key] = png;
        }

        return png;
    }

    private static string Key(ChartScene scene, ChartFonts fonts, float scale)
    {
        var description = $"{Renderer}\n{fonts.Fingerprint}\n{scale.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\n{JsonSerializer.Serialize(scene, SceneJsonContext.Default.ChartScene)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description)));
    }

    /// <summary>A cached file that does not end as a PNG ends (cut short by a full disk, say) is drawn again.</summary>
    private static byte[]? TryRead(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            return bytes.AsSpan().EndsWith(PngEnd) ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Draws the image and, best effort, stores it: written beside its place and renamed, so a reader never sees half of it.</summary>
    private static byte[] Draw(ChartScene scene, ChartFonts fonts, float scale, string? path)
    {
        var png = PngChartRenderer.Render(scene, fonts, scale);
        if (path is not null)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
                File.WriteAllBytes(temporary, png);
                File.Move(temporary, path, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The cache only saves time: a folder that cannot be written means drawing again next time.
            }
        }

        return png;
    }
}
