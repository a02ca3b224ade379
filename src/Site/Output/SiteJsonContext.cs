using System.Text.Json;
using System.Text.Json.Serialization;

namespace Site.Output;

/// <summary>
/// The types the pages and downloads serialise to JSON, generated at compile time: the native (AOT) command line has no
/// reflection-based serialiser. A value typed <see cref="object"/> is written by its runtime type, which must be
/// listed here too (JSON-LD and the table downloads nest dictionaries, lists and numbers); a missing one fails the
/// build in every test, JIT or not, because the callers' options resolve types through this context only.
/// Each caller makes its own instance with its own options (indentation, escaping): <see cref="With"/>. The chart
/// scenes have their own context in Charts/ (this folder depends on no stage).
/// </summary>
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(List<object>))]
[JsonSerializable(typeof(List<Dictionary<string, object>>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, long?>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(long?))]
[JsonSerializable(typeof(bool))]
public sealed partial class SiteJsonContext : JsonSerializerContext
{
    /// <summary>A context whose serialisers write with <paramref name="options"/> (which must not have a resolver yet).</summary>
    public static SiteJsonContext With(JsonSerializerOptions options) => new(options);
}
