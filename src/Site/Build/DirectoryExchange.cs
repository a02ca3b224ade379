using System.Runtime.InteropServices;

namespace Site.Build;

/// <summary>
/// Linux's renameat2(RENAME_EXCHANGE): two folders swap names in one step, so there is no moment without a published
/// site, even if the process is killed. Where the kernel, the C library or the file system lacks it, the caller falls
/// back to two renames.
/// </summary>
internal static class DirectoryExchange
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint RenameExchange = 2;     // RENAME_EXCHANGE
    private const int InvalidArgument = 22;    // EINVAL: the file system cannot exchange
    private const int NotImplemented = 38;     // ENOSYS: the kernel cannot
    private const int NotSupported = 95;       // EOPNOTSUPP

    /// <summary>True when the two paths were exchanged; false when this system cannot exchange (nothing was changed).</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (RenameAt2(CurrentDirectory, first, CurrentDirectory, second, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return false; // A C library older than glibc 2.28.
        }

        var error = Marshal.GetLastPInvokeError();
        return error is InvalidArgument or NotImplemented or NotSupported
            ? false
            : throw new IOException($"cannot exchange {second} with the new site: {Marshal.GetPInvokeErrorMessage(error)}");
    }

    // DllImport rather than LibraryImport: its generated marshalling would need unsafe code allowed in the whole library.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(
        int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
