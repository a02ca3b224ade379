using System.Security.Cryptography;

namespace Site.Output;

/// <summary>One file of the built site: its path inside the output folder ('/'-separated) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    private string? _contentHash;

    /// <summary>SHA-256 of the bytes, computed once when first asked: `serve` compares it with the previous build's.</summary>
    public string ContentHash => _contentHash ??= Convert.ToBase64String(SHA256.HashData(Content));

    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
