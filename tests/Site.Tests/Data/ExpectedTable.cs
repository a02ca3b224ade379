using System.Text;
using YamlDotNet.RepresentationModel;

namespace Site.Tests.Data;

/// <summary>
/// An appendix read straight from its YAML with YamlDotNet, independently of the generator's reader, so that the
/// built pages and downloads are compared with what the file says and not with the generator's own idea of it.
/// </summary>
internal sealed record ExpectedTable(
    string Number,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ExpectedRow> Rows,
    IReadOnlyDictionary<string, (string Vi, string En)> ColumnNames)
{
    public static ExpectedTable Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var columnNodes = ((YamlSequenceNode)root["columns"]).Children.Cast<YamlMappingNode>().ToList();
        var columns = columnNodes.Select(c => Scalar(c, "id")).ToList();
        var names = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal);
        foreach (var column in columnNodes)
        {
            var group = column.Children.TryGetValue(new YamlScalarNode("group"), out var g) ? g : null;
            string Name(string language) => group is null ? Scalar(column, language) : $"{Scalar(group, language)} – {Scalar(column, language)}";
            names[Scalar(column, "id")] = (Name("vi"), Name("en"));
        }

        var rows = new List<ExpectedRow>();
        foreach (var row in ((YamlSequenceNode)root["rows"]).Children.Cast<YamlMappingNode>())
        {
            var label = (YamlMappingNode)row["label"];
            var cells = new Dictionary<string, long>(StringComparer.Ordinal);
            if (row.Children.TryGetValue(new YamlScalarNode("cells"), out var node) && node is YamlMappingNode map)
            {
                foreach (var (key, value) in map.Children)
                {
                    var scalar = (YamlScalarNode)value;
                    if (!IsEmpty(scalar))
                    {
                        cells[((YamlScalarNode)key).Value!] = long.Parse(scalar.Value!, System.Globalization.CultureInfo.InvariantCulture);
                    }
                }
            }

            var isTotal = row.Children.TryGetValue(new YamlScalarNode("total"), out var total) && ((YamlScalarNode)total).Value == "true";
            rows.Add(new ExpectedRow(Scalar(row, "id"), Scalar(label, "vi"), Scalar(label, "en"), isTotal, cells));
        }

        return new ExpectedTable(Scalar(root, "number"), columns, rows, names);
    }

    public static ExpectedTable LoadFile(string path) => Load(File.ReadAllText(path, Encoding.UTF8));

    /// <summary>Each row's Vietnamese label and non-empty cells in column order, to compare with the source report.</summary>
    public IReadOnlyList<SourceTruth.PrintedRow> PrintedRows() => Rows
        .Select(r => new SourceTruth.PrintedRow(r.IsTotal ? "total" : r.Id, r.LabelVi,
            Columns.Where(c => r.Cell(c) is not null).Select(c => new SourceTruth.PrintedCell(c, r.Cell(c)!.Value)).ToList()))
        .ToList();

    /// <summary>A cell left empty, `~` and `null` (unquoted) all mean "printed empty" (input/README.md).</summary>
    private static bool IsEmpty(YamlScalarNode scalar) =>
        string.IsNullOrEmpty(scalar.Value) || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL");

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;
}

internal sealed record ExpectedRow(string Id, string LabelVi, string LabelEn, bool IsTotal, IReadOnlyDictionary<string, long> Cells)
{
    public long? Cell(string column) => Cells.TryGetValue(column, out var value) ? value : null;
}

/// <summary>A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. Anything else fails the test.</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var quotedField = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0 && !quotedField)
            {
                quotedField = true;
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                Assert.True(i >= text.Length || text[i] is ',' or '\r', $"text after a closing quote at {i}");
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                quotedField = false;
                i++;
            }
            else if (c == '\r')
            {
                Assert.True(i + 1 < text.Length && text[i + 1] == '\n', "a record must end with CRLF");
                fields.Add(field.ToString());
                field.Clear();
                quotedField = false;
                records.Add([.. fields]);
                fields.Clear();
                i += 2;
            }
            else
            {
                Assert.False(c is '"' or '\n', $"unquoted {(c == '"' ? "quote" : "line feed")} at {i}");
                field.Append(c);
                i++;
            }
        }

        Assert.True(fields.Count == 0 && field.Length == 0, "the last record must end with CRLF");
        return records;
    }
}
