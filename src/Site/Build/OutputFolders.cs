namespace Site.Build;

/// <summary>
/// The folder operations the output swap makes, in one place so that tests can make one of them fail as a full disk,
/// a locked file or an old kernel would, without needing that machine.
/// </summary>
internal class OutputFolders
{
    public static readonly OutputFolders Real = new();

    /// <summary>True when the two folders swapped names in one step; false when this system cannot do that.</summary>
    public virtual bool TryExchange(string first, string second) => DirectoryExchange.TryExchange(first, second);

    public virtual void Move(string from, string to) => Directory.Move(from, to);

    public virtual void Delete(string folder) => Directory.Delete(folder, recursive: true);
}
