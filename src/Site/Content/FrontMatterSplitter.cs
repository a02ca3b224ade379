using Site.Diagnostics;

namespace Site.Content;

/// <summary>Separates the YAML front matter between '---' lines from the Markdown body, keeping line numbers.</summary>
public static class FrontMatterSplitter
{
    public sealed record Parts(string Yaml, string Body, int BodyLineOffset);

    public static Parts? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, file.DisplayPath, SourcePosition.Start,
                $"the page has no front matter", $"Start the file with a '---' line, then 'title: …' and 'summary: …', then '---'.");
            return null;
        }

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new Parts(yaml, body, i + 1);
            }
        }

        diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, file.DisplayPath, SourcePosition.Start,
            $"the front matter is never closed", $"Add a line '---' after the last front-matter key.");
        return null;
    }
}
