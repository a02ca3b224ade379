namespace Site.Content;

/// <summary>Any file of input/, text or not, as found: pages may publish the ones beside them (images, downloads).</summary>
public sealed record InputFile(string RelativePath, string FullPath, string DisplayPath, long Length);
