using Site.Diagnostics;

namespace Site.Content;

/// <summary>The languages of the site a file or folder belongs to, for the commands that work on single files.</summary>
public static class SiteLanguages
{
    /// <summary>
    /// The languages of the nearest site.yml at or above <paramref name="path"/>, the source language first. No
    /// language is assumed when there is none: the command says so instead.
    /// </summary>
    public static IReadOnlyList<string> Of(string path)
    {
        for (var directory = Directory.Exists(path) ? path : Path.GetDirectoryName(path); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var config = Path.Combine(directory, "site.yml");
            if (File.Exists(config))
            {
                var diagnostics = new DiagnosticBag();
                var site = SiteConfigReader.Read(new SourceFile("site.yml", config, Text.TextNormalizer.Normalize(File.ReadAllText(config))), config, [], diagnostics);
                return site?.Languages ?? throw new InvalidOperationException($"{config} cannot be read: {string.Join("; ", diagnostics.All.Select(d => d.Message))}");
            }
        }

        throw new InvalidOperationException($"no site.yml at or above {path}: the site's languages are not known");
    }
}
