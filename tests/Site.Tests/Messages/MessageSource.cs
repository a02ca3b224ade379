using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Site.Tests.Support;

namespace Site.Tests.Messages;

/// <summary>
/// Every message the generator can say, read from its C# source with Roslyn, not gathered by running it: each
/// interpolated string that the compiler converts to <c>Translatable</c> (in src/Site, src/Site.Preview and src/Site.Cli),
/// as the template the handler makes of it ("unknown key '{0}' in {1}"), with where it is written; and each comment
/// <c>{{say:…}}</c> of the files `site init` writes (src/Site/Scaffolding/Template). Also what no message may do: put
/// an English word into a hole, where no catalog sees it.
/// </summary>
public sealed partial class MessageSource
{
    public static readonly string[] Projects = ["src/Site", "src/Site.Preview", "src/Site.Cli"];

    private const string HandlerName = "Site.Diagnostics.Translatable";

    private static readonly Lazy<MessageSource> Real = new(() => Read(TestSite.RepositoryRoot));

    private MessageSource(IReadOnlyList<MessageTemplate> templates, IReadOnlyList<string> wordsInHoles, IReadOnlyList<string> handmade)
    {
        Templates = templates;
        WordsInHoles = wordsInHoles;
        Handmade = handmade;
    }

    /// <summary>The repository's messages (read once per test run).</summary>
    public static MessageSource OfRepository => Real.Value;

    public IReadOnlyList<MessageTemplate> Templates { get; }

    /// <summary>Holes of a message that hold an English text: a string literal with a letter, or a call of our own method that returns words.</summary>
    public IReadOnlyList<string> WordsInHoles { get; }

    /// <summary>Places outside Translatable.cs that build one by hand (its constructor or Append methods), where the compiler should.</summary>
    public IReadOnlyList<string> Handmade { get; }

    /// <summary>The distinct templates that hold a word (a template of holes and punctuation alone is not translated).</summary>
    public IReadOnlySet<string> TranslatableTemplates =>
        Templates.Select(t => t.Template).Where(t => Letter().IsMatch(Hole().Replace(t, string.Empty))).ToHashSet(StringComparer.Ordinal);

    public static MessageSource Read(string root)
    {
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);
        var trees = Projects
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(root, project), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, Path.GetRelativePath(root, f)))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, options))
            .ToList();
        var compilation = CSharpCompilation.Create("messages", trees, References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var handler = compilation.GetTypeByMetadataName(HandlerName) ?? throw new InvalidOperationException($"{HandlerName} is not in the source");

        var templates = new List<MessageTemplate>();
        var words = new List<string>();
        var handmade = new List<string>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root0 = tree.GetRoot();
            foreach (var text in root0.DescendantNodes().OfType<InterpolatedStringExpressionSyntax>())
            {
                if (!SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(text).ConvertedType, handler))
                {
                    continue;
                }

                var where = $"{tree.FilePath}({text.GetLocation().GetLineSpan().StartLinePosition.Line + 1})";
                templates.Add(new MessageTemplate(TemplateOf(text), where));
                foreach (var hole in text.Contents.OfType<InterpolationSyntax>())
                {
                    words.AddRange(WordsIn(hole.Expression, model, handler).Select(w => $"{where}: {w}"));
                }
            }

            if (!tree.FilePath.EndsWith("Translatable.cs", StringComparison.Ordinal))
            {
                foreach (var node in root0.DescendantNodes())
                {
                    var symbol = node switch
                    {
                        ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or InvocationExpressionSyntax => model.GetSymbolInfo(node).Symbol,
                        _ => null,
                    };
                    if (symbol is IMethodSymbol method && SymbolEqualityComparer.Default.Equals(method.ContainingType, handler)
                        && (method.MethodKind == MethodKind.Constructor || method.Name.StartsWith("Append", StringComparison.Ordinal)))
                    {
                        handmade.Add($"{tree.FilePath}({node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): {node}");
                    }
                }
            }
        }

        var scaffolding = Path.Combine(root, "src", "Site", "Scaffolding", "Template");
        foreach (var file in Directory.EnumerateFiles(scaffolding, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                templates.AddRange(ScaffoldComment().Matches(lines[i]).Select(m => new MessageTemplate(m.Groups[1].Value, $"{Path.GetRelativePath(root, file)}({i + 1})")));
            }
        }

        return new MessageSource(templates, words, handmade);
    }

    /// <summary>The template the handler builds: the literal text as the compiler reads it, a numbered hole for each value.</summary>
    public static string TemplateOf(InterpolatedStringExpressionSyntax text)
    {
        var template = new StringBuilder();
        var holes = 0;
        var raw = text.StringStartToken.Text.Contains("\"\"\"", StringComparison.Ordinal);
        foreach (var part in text.Contents)
        {
            switch (part)
            {
                case InterpolatedStringTextSyntax literal:
                    // Roslyn's value of the text undoes escapes such as \" but leaves a doubled brace doubled; the compiler
                    // hands the handler one brace. (A raw string's braces are single already.)
                    var value = literal.TextToken.ValueText;
                    template.Append(raw ? value : value.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal));
                    break;
                case InterpolationSyntax:
                    template.Append('{').Append(holes++).Append('}');
                    break;
            }
        }

        return template.ToString();
    }

    /// <summary>The holes of a template or of a translation, in order of number.</summary>
    public static IReadOnlyList<string> HolesOf(string template) =>
        Hole().Matches(template).Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> WordsIn(ExpressionSyntax hole, SemanticModel model, INamedTypeSymbol handler)
    {
        foreach (var literal in hole.DescendantNodesAndSelf().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
        {
            if (Letter().IsMatch(literal.Token.ValueText))
            {
                yield return $"the literal {literal} is shown untranslated";
            }
        }

        foreach (var nested in hole.DescendantNodesAndSelf().OfType<InterpolatedStringExpressionSyntax>())
        {
            var isMessage = SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(nested).ConvertedType, handler);
            if (!isMessage && nested.Contents.OfType<InterpolatedStringTextSyntax>().Any(t => Letter().IsMatch(t.TextToken.ValueText)))
            {
                yield return $"the text {nested} is shown untranslated";
            }
        }

        // A method of ours that returns a string of words ("the address", "not set") where a message expects a value.
        foreach (var call in hole.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
        {
            if (model.GetSymbolInfo(call).Symbol is IMethodSymbol { ReturnType.SpecialType: SpecialType.System_String } method)
            {
                foreach (var body in method.DeclaringSyntaxReferences.Select(r => r.GetSyntax()))
                {
                    var prose = body.DescendantTokens()
                        .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken))
                        .FirstOrDefault(t => Words().IsMatch(t.ValueText));
                    if (prose != default)
                    {
                        yield return $"{method.Name}() returns words ({prose.Text}) that no catalog translates";
                    }
                }
            }
        }
    }

    /// <summary>The framework's assemblies and the packages' beside the tests, less our own (the source stands for them).</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var ours = new[] { "Site.dll", "Site.Preview.dll", "Site.Cli.dll", "Site.Tests.dll" };
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var beside = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll");
        return platform.Concat(beside)
            .Where(p => !ours.Contains(Path.GetFileName(p), StringComparer.Ordinal))
            .DistinctBy(Path.GetFileName, StringComparer.Ordinal)
            .Select(p => MetadataReference.CreateFromFile(p));
    }

    /// <summary>The SDK's implicit usings (ImplicitUsings in Directory.Build.props), which the projects' own files rely on.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"\{\{say:(.+?)\}\}")]
    private static partial Regex ScaffoldComment();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letter();

    [GeneratedRegex(@"\p{L}{2,} \p{L}{2,}")]
    private static partial Regex Words();
}
