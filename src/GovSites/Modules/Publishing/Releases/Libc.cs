using System.Runtime.InteropServices;

#pragma warning disable SYSLIB1054 // LibraryImport needs AllowUnsafeBlocks for the whole project; a few plain calls do not.
#pragma warning disable CA2101 // Every string parameter is marshalled explicitly as UTF-8 (LPUTF8Str), as Linux paths are.

namespace GovSites.Modules.Publishing.Releases;

/// <summary>
/// The POSIX calls the release store needs and .NET does not expose as such: link(2) to share unchanged files
/// between releases, rename(2) to replace the <c>current</c> symlink in one step, syncfs(2) to flush a
/// release before it is declared complete; posix_fadvise(2) to read the database ahead of a full rebuild.
/// </summary>
internal static class Libc
{
    private const int EPERM = 1;
    private const int EINTR = 4;
    private const int EACCES = 13;
    private const int EROFS = 30;
    private const int PosixFadviseWillNeed = 3;

    /// <summary>O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, as Linux numbers them.</summary>
    private const int OpenWriteCreateTruncate = 0x1 | 0x40 | 0x200 | 0x80000;

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

    /// <summary>
    /// Creates (or truncates) <paramref name="path"/> and writes <paramref name="content"/>: open, write, close and
    /// nothing else. <see cref="File.WriteAllBytes(string, byte[])"/> also locks, stats and preallocates every file,
    /// which doubles the system calls of a full rebuild that writes tens of thousands of small pages.
    /// </summary>
    public static void WriteFile(string path, ReadOnlySpan<byte> content)
    {
        if (!OperatingSystem.IsLinux())
        {
            File.WriteAllBytes(path, content);
            return;
        }

        var fd = open(path, OpenWriteCreateTruncate, 0x1B6); // 0666, less the umask: what .NET gives a new file
        if (fd < 0)
        {
            throw Failure("open", path);
        }

        try
        {
            while (!content.IsEmpty)
            {
                var written = write(fd, ref MemoryMarshal.GetReference(content), content.Length);
                if (written < 0)
                {
                    if (Marshal.GetLastPInvokeError() == EINTR)
                    {
                        continue;
                    }

                    throw Failure("write", path);
                }

                content = content[(int)written..];
            }
        }
        finally
        {
            _ = close(fd);
        }
    }

    /// <summary>
    /// posix_fadvise(POSIX_FADV_WILLNEED): the kernel starts reading the range into the page cache and returns.
    /// Advice only: a refusal changes nothing but speed, so it is ignored.
    /// </summary>
    public static void AdviseWillNeed(Microsoft.Win32.SafeHandles.SafeFileHandle file, long offset, long length)
    {
        if (OperatingSystem.IsLinux())
        {
            _ = posix_fadvise((int)file.DangerousGetHandle(), offset, length, PosixFadviseWillNeed);
        }
    }

    /// <summary>The same exceptions .NET throws, so a failed job says "no permission" or "disk full" as before.</summary>
    private static Exception Failure(string call, string path)
    {
        var errno = Marshal.GetLastPInvokeError();
        var message = $"{call}({path}) failed: {Marshal.GetPInvokeErrorMessage(errno)}";
        return errno is EACCES or EPERM or EROFS ? new UnauthorizedAccessException(message) : new IOException(message, errno);
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
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    private static extern nint write(int fd, ref byte buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(int fd);

    [DllImport("libc")]
    private static extern int posix_fadvise(int fd, long offset, long length, int advice);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);
}
