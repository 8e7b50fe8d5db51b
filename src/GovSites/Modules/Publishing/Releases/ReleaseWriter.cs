using System.Collections.Concurrent;

namespace GovSites.Modules.Publishing.Releases;

/// <summary>
/// Writes one new release folder. A file that exists (a hard link shared with older releases) is never
/// written in place: the new content goes to a temporary name and is renamed over it, so older releases keep
/// their bytes. Thread-safe for writes of different paths (full rebuilds render in parallel).
/// </summary>
public sealed class ReleaseWriter(string siteKey, int number, int? previous, string directory, string? previousDirectory, bool full)
{
    private readonly ConcurrentDictionary<string, bool> changed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> removed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> directories = new(StringComparer.Ordinal);

    public string SiteKey { get; } = siteKey;

    public int Number { get; } = number;

    public int? Previous { get; } = previous;

    public string Directory { get; } = directory;

    public bool Full { get; } = full;

    public int ChangedCount => changed.Count;

    /// <summary>The files of the release (the manifest excluded), known once <see cref="Complete"/> ran.</summary>
    public int FileCount { get; private set; }

    public bool Exists(string path) => File.Exists(FullPath(path));

    public void Write(string path, byte[] content)
    {
        var target = FullPath(path);
        EnsureDirectory(target);
        if (Full)
        {
            // A full release starts as an empty folder nobody serves and nothing links into: no file in it is
            // shared, so it is written in place (a crash leaves a folder without a manifest, which is deleted).
            Libc.WriteFile(target, content);
        }
        else
        {
            var temporary = TemporaryName(target);
            Libc.WriteFile(temporary, content);
            File.Move(temporary, target, overwrite: true);
        }

        Changed(path);
    }

    /// <summary>Puts a file from elsewhere (an attachment) into the release: a hard link when possible, else a copy.</summary>
    public void Link(string path, string source)
    {
        var target = FullPath(path);
        EnsureDirectory(target);
        var temporary = TemporaryName(target);
        if (!Libc.TryLink(source, temporary))
        {
            File.Copy(source, temporary);
        }

        File.Move(temporary, target, overwrite: true);
        Changed(path);
    }

    public void Delete(string path)
    {
        File.Delete(FullPath(path));
        changed.TryRemove(path, out _);
        removed[path] = true;
    }

    /// <summary>
    /// Flushes the release to disk and writes the manifest last, which makes it complete. Returns what the
    /// release changed against the previous one.
    /// </summary>
    public ReleaseManifest Complete()
    {
        // A full release started empty and holds exactly what was written: no need to walk the folder again.
        IReadOnlyList<string> files = Full ? [.. changed.Keys.Order(StringComparer.Ordinal)] : ReleaseStore.ListFiles(Directory);
        FileCount = files.Count;
        var present = files.ToHashSet(StringComparer.Ordinal);
        var gone = Full && previousDirectory is not null
            ? ReleaseStore.ListFiles(previousDirectory).Where(f => !present.Contains(f))
            : removed.Keys.Where(f => !present.Contains(f));
        var manifest = new ReleaseManifest(SiteKey, Number, Previous, Full,
            Full ? files : [.. changed.Keys.Where(present.Contains).Order(StringComparer.Ordinal)],
            [.. gone.Order(StringComparer.Ordinal)]);
        Libc.SyncFileSystem(Directory);
        var target = Path.Combine(Directory, ReleasePaths.ManifestFile);
        var temporary = target + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            stream.Write(manifest.ToBytes());
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, target, overwrite: true);
        Libc.SyncDirectory(Directory);
        return manifest;
    }

    /// <summary>Deletes an unfinished release (a failed job); the live release was never touched.</summary>
    public void Abandon()
    {
        if (System.IO.Directory.Exists(Directory) && !File.Exists(Path.Combine(Directory, ReleasePaths.ManifestFile)))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private void Changed(string path)
    {
        removed.TryRemove(path, out _);
        changed[path] = true;
    }

    /// <summary>Each folder of the release is created once, not once per file written into it.</summary>
    private void EnsureDirectory(string target)
    {
        var directory = Path.GetDirectoryName(target)!;
        if (!directories.ContainsKey(directory))
        {
            System.IO.Directory.CreateDirectory(directory);
            directories.TryAdd(directory, true);
        }
    }

    private static string TemporaryName(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.CurrentManagedThreadId}.tmp");

    /// <summary>Paths come from channel keys and ids, but a release must never write outside its folder.</summary>
    private string FullPath(string path)
    {
        if (path.Length == 0 || path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) || path.Split('/').Any(p => p is "" or "." or ".."))
        {
            throw new InvalidOperationException($"Invalid release path '{path}'.");
        }

        return Path.Combine(Directory, path);
    }
}
