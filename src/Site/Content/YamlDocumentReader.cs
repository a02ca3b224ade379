using Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Site.Content;

/// <summary>
/// Reads one YAML document with positions, refusing what an editor never needs and an attacker would use:
/// anchors and aliases (expansion bombs), duplicate keys, and absurd nesting.
/// </summary>
public static partial class YamlDocumentReader
{
    private const int MaxDepth = 32;
    private const int MaxCountedProblems = 10;

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
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
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
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            ReportSyntax(yaml, file, lineOffset, e, diagnostics);
            return false;
        }

        return true;
    }

    /// <summary>
    /// Where the text first fails to parse (0-based line), or null. YamlDotNet throws more than YamlException on some
    /// broken input, without a position: the line after the last event it read is then where it failed.
    /// </summary>
    private static int? FirstProblemLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var last = 0;
        try
        {
            while (parser.MoveNext())
            {
                last = (int)parser.Current!.End.Line - 1;
            }

            return null;
        }
        catch (YamlException e)
        {
            return Math.Max(0, (int)e.Start.Line - 1);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return last;
        }
    }

    /// <summary>
    /// How many more places after <paramref name="afterLine"/> fail to parse on their own. The parser stops at the first
    /// error, so the rest is read again in blocks: from each following line that starts a key or a list item, up to the
    /// first line indented less, with that indentation removed. Enough to say "and N more", not to report each.
    /// </summary>
    private static int CountLaterProblems(string[] lines, int afterLine)
    {
        var count = 0;
        var from = afterLine + 1;
        while (count < MaxCountedProblems && NextBlockStart(lines, from) is { } start)
        {
            var indent = Indentation(lines[start]);
            var end = start + 1;
            while (end < lines.Length && (lines[end].Trim().Length == 0 || lines[end].TrimStart().StartsWith('#') || Indentation(lines[end]) >= indent))
            {
                end++;
            }

            var block = string.Join('\n', lines[start..end].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
            if (FirstProblemLine(block) is { } problem)
            {
                count++;
                from = start + problem + 1;
            }
            else
            {
                from = end;
            }
        }

        return count;
    }

    private static int? NextBlockStart(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (BlockStart().IsMatch(lines[i]))
            {
                return i;
            }
        }

        return null;
    }

    private static int Indentation(string line) => line.Length - line.TrimStart(' ').Length;

    private static void ReportSyntax(string yaml, string file, int lineOffset, Exception error, DiagnosticBag diagnostics)
    {
        // Outside YamlException YamlDotNet gives no position: the error is then where a plain parse stops first.
        var e = error as YamlException ?? new YamlException(Mark.Empty, Mark.Empty, error.Message);
        var lines = yaml.Split('\n');
        var lineIndex = error is YamlException ? (int)e.Start.Line - 1 : FirstProblemLine(yaml) ?? 0;
        var at = error is YamlException ? Position(e.Start, lineOffset) : new SourcePosition(lineIndex + 1 + lineOffset, 1);
        var tabLine = Array.FindIndex(lines, l => l.TrimStart(' ').StartsWith('\t'));
        // YamlDotNet reports some tab errors ("while scanning a mapping") at the mapping's start, not at the tab.
        var aboutTab = (e.InnerException?.Message ?? e.Message).Contains("tab", StringComparison.OrdinalIgnoreCase);
        if (tabLine >= 0 && (aboutTab || tabLine <= lineIndex + 1))
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, file, new SourcePosition(tabLine + 1 + lineOffset, 1),
                "a tab is used for indentation", "Indent YAML with spaces only.");
            return;
        }

        var plain = error is YamlException ? StripMarks(e.InnerException?.Message ?? e.Message) : "the text cannot be read as YAML";
        var hint = plain.Contains("duplicate key", StringComparison.OrdinalIgnoreCase)
            ? "Each key may appear once: remove or rename the second one."
            : "Check quotes, colons and indentation on this line and the one before; a value containing ': ' must be quoted.";
        var more = CountLaterProblems(lines, lineIndex);
        var rest = more switch
        {
            0 => string.Empty,
            1 => " (and 1 more problem after it in this file)",
            >= MaxCountedProblems => $" (and {MaxCountedProblems} or more problems after it in this file)",
            _ => $" (and {more} more problems after it in this file)",
        };
        diagnostics.Error(DiagnosticCodes.YamlSyntax, file, at, $"invalid YAML: {plain}{rest}", hint);
    }

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (…): "; we print positions our own way.</summary>
    private static string StripMarks(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = index >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(index + 3)..] : message;
        return text.Trim().TrimEnd('.');
    }

    /// <summary>A line that begins a YAML node on its own: "key:" or "- ".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^ *(- +|[A-Za-z0-9_""'][^:#]*: *($|[^ ]))")]
    private static partial System.Text.RegularExpressions.Regex BlockStart();
}
