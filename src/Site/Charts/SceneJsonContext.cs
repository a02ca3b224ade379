using System.Text.Json.Serialization;

namespace Site.Charts;

/// <summary>A chart scene as JSON, generated at compile time (the native command line has no reflection-based serialiser): what the image cache hashes.</summary>
[JsonSerializable(typeof(ChartScene))]
public sealed partial class SceneJsonContext : JsonSerializerContext;
