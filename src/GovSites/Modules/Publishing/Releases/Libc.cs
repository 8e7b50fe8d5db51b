using System.Runtime.InteropServices;

#pragma warning disable SYSLIB1054 // LibraryImport needs AllowUnsafeBlocks for the whole project; six plain calls do not.
#pragma warning disable CA2101 // Every string parameter is marshalled explicitly as UTF-8 (LPUTF8Str), as Linux paths are.

namespace GovSites.Modules.Publishing.Releases;

/// <summary>
/// The POSIX calls the release store needs and .NET does not expose as such: link(2) to share unchanged files
/// between releases, rename(2) to replace the <c>current</c> symlink in one step, syncfs(2) to flush a
/// release before it is declared complete.
/// </summary>
internal static class Libc
{
    public static bool Available { get; } = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD();

    /// <summary>Hard-links <paramref name="target"/> to <paramref name="source"/>; false when the file system refuses (then copy).</summary>
    public static bool TryLink(string source, string target) => Available && link(source, target) == 0;

    /// <summary>Atomically replaces <paramref name="target"/> (a file or a symlink) by <paramref name="source"/>.</summary>
    public static void Rename(string source, string target)
    {
        if (!Available)
        {
            File.Move(source, target, overwrite: true);
            return;
        }

        if (rename(source, target) != 0)
        {
            throw new IOException($"rename({source}, {target}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Flushes the file system holding <paramref name="directory"/> (one call instead of an fsync per file).</summary>
    public static void SyncFileSystem(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        WithDirectory(directory, syncfs);
    }

    /// <summary>fsync(2) of a directory, so a rename or a new entry in it survives a power cut.</summary>
    public static void SyncDirectory(string directory)
    {
        if (!Available)
        {
            return;
        }

        WithDirectory(directory, fsync);
    }

    private static void WithDirectory(string directory, Func<int, int> call)
    {
        var fd = open(directory, 0);
        if (fd < 0)
        {
            throw new IOException($"open({directory}) failed: errno {Marshal.GetLastPInvokeError()}");
        }

        try
        {
            if (call(fd) != 0)
            {
                throw new IOException($"Flushing {directory} failed: errno {Marshal.GetLastPInvokeError()}");
            }
        }
        finally
        {
            _ = close(fd);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath);

    [DllImport("libc", SetLastError = true)]
    private static extern int rename([MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath);

    [DllImport("libc", SetLastError = true)]
    private static extern int syncfs(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);
}
