using Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Site.Content;

/// <summary>
/// Reads one YAML document with positions, refusing what an editor never needs and an attacker would use:
/// anchors and aliases (expansion bombs), duplicate keys, and absurd nesting.
/// </summary>
public static class YamlDocumentReader
{
    private const int MaxDepth = 32;

    /// <param name="lineOffset">lines before the YAML text in its file (front matter starts after '---').</param>
    public static YamlMappingNode? ReadMapping(string yaml, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        if (!ScanEvents(yaml, file, lineOffset, diagnostics))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            ReportSyntax(yaml, file, lineOffset, e, diagnostics);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            return mapping;
        }

        var root = stream.Documents[0].RootNode;
        diagnostics.Error(DiagnosticCodes.WrongType, file, Position(root.Start, lineOffset),
            "expected 'key: value' lines here", "Write each setting as 'key: value' on its own line.");
        return null;
    }

    public static SourcePosition Position(Mark mark, int lineOffset) => new((int)mark.Line + lineOffset, (int)mark.Column);

    private static bool ScanEvents(string yaml, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case AnchorAlias alias:
                        diagnostics.Error(DiagnosticCodes.YamlAnchor, file, Position(alias.Start, lineOffset),
                            $"YAML alias '*{alias.Value}' is not allowed", "Write the value out in full; anchors and aliases are refused.");
                        return false;
                    case NodeEvent { Anchor.IsEmpty: false } node:
                        diagnostics.Error(DiagnosticCodes.YamlAnchor, file, Position(node.Start, lineOffset),
                            $"YAML anchor '&{node.Anchor}' is not allowed", "Write the value out in full; anchors and aliases are refused.");
                        return false;
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            diagnostics.Error(DiagnosticCodes.YamlTooDeep, file, Position(current.Start, lineOffset),
                                $"YAML nested more than {MaxDepth} levels deep", "Flatten the structure.");
                            return false;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            ReportSyntax(yaml, file, lineOffset, e, diagnostics);
            return false;
        }

        return true;
    }

    private static void ReportSyntax(string yaml, string file, int lineOffset, YamlException e, DiagnosticBag diagnostics)
    {
        var at = Position(e.Start, lineOffset);
        var lines = yaml.Split('\n');
        var lineIndex = (int)e.Start.Line - 1;
        var tabLine = Array.FindIndex(lines, l => l.TrimStart(' ').StartsWith('\t'));
        // YamlDotNet reports some tab errors ("while scanning a mapping") at the mapping's start, not at the tab.
        var aboutTab = (e.InnerException?.Message ?? e.Message).Contains("tab", StringComparison.OrdinalIgnoreCase);
        if (tabLine >= 0 && (aboutTab || tabLine <= lineIndex + 1))
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, file, new SourcePosition(tabLine + 1 + lineOffset, 1),
                "a tab is used for indentation", "Indent YAML with spaces only.");
            return;
        }

        var plain = StripMarks(e.InnerException?.Message ?? e.Message);
        var hint = plain.Contains("duplicate key", StringComparison.OrdinalIgnoreCase)
            ? "Each key may appear once: remove or rename the second one."
            : "Check quotes, colons and indentation on this line and the one before; a value containing ': ' must be quoted.";
        diagnostics.Error(DiagnosticCodes.YamlSyntax, file, at, $"invalid YAML: {plain}", hint);
    }

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (…): "; we print positions our own way.</summary>
    private static string StripMarks(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = index >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(index + 3)..] : message;
        return text.Trim().TrimEnd('.');
    }
}
