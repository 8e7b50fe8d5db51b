namespace GovSites.Modules.Publishing.Serving;

/// <summary>
/// Finds a file inside a release without ever leaving it: every component is checked, and a symbolic link is
/// followed only when its target lies inside the release folder (the walk starts again from the root for the
/// target, so a link inside a link's target is checked too).
/// </summary>
internal static class ContainedFile
{
    private const int MaxLinks = 16;

    public enum Kind
    {
        Missing,
        File,
        Directory,
    }

    /// <param name="root">The release folder, links already resolved.</param>
    /// <param name="relative">"/"-separated path already checked by <see cref="PublicPath"/>.</param>
    public static (Kind Kind, string Path) Find(string root, string relative)
    {
        var pending = new Queue<string>(relative.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        var links = 0;
        while (pending.TryDequeue(out var segment))
        {
            var next = Path.Join(current, segment);
            var info = new FileInfo(next);
            string? target;
            try
            {
                target = info.LinkTarget;
            }
            catch (IOException)
            {
                return (Kind.Missing, next);
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            var resolved = Path.GetFullPath(target, current);
            if (++links > MaxLinks || !IsInside(root, resolved))
            {
                return (Kind.Missing, next);
            }

            // Walk the target again from the root: its own components may be links.
            var rest = pending.ToArray();
            pending = new Queue<string>(Path.GetRelativePath(root, resolved).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
            current = root;
        }

        if (File.Exists(current))
        {
            return (Kind.File, current);
        }

        return (Directory.Exists(current) ? Kind.Directory : Kind.Missing, current);
    }

    public static bool IsInside(string root, string path) =>
        path.Length > root.Length
        && path.StartsWith(root, StringComparison.Ordinal)
        && path[root.Length] == Path.DirectorySeparatorChar;
}
