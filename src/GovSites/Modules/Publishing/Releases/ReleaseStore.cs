using System.Globalization;

namespace GovSites.Modules.Publishing.Releases;

/// <summary>
/// The release folders of every site: <c>{site}/{number:D6}/</c> and the <c>{site}/current</c> symlink. Only
/// one job per site writes at a time (the database allows one running job per site), so the store itself
/// holds no lock.
/// </summary>
public sealed class ReleaseStore(ReleasePaths paths, PublishingOptions options, ILogger<ReleaseStore> logger)
{
    private const string CurrentLinkName = "current";

    public string DirectoryOf(string siteKey, int number) => paths.ReleaseDirectory(siteKey, number);

    /// <summary>The live release of a site, or null when it has none.</summary>
    public int? CurrentNumber(string siteKey)
    {
        var link = new FileInfo(paths.CurrentLink(siteKey));
        return link.LinkTarget is { } target && int.TryParse(Path.GetFileName(target), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    /// <summary>The complete releases of a site (those with a manifest), newest first.</summary>
    public IReadOnlyList<int> CompleteReleases(string siteKey) =>
        [.. Numbered(siteKey).Where(n => File.Exists(Path.Combine(paths.ReleaseDirectory(siteKey, n), ReleasePaths.ManifestFile))).OrderDescending()];

    /// <summary>
    /// Starts the next release. Incremental: the new folder first holds hard links of every file of the live
    /// release, and only what changes is written. Full: it starts empty.
    /// </summary>
    public ReleaseWriter Begin(string siteKey, bool full)
    {
        DeleteIncomplete(siteKey);
        var previous = CurrentNumber(siteKey);
        var number = Numbered(siteKey).DefaultIfEmpty(0).Max() + 1;
        var directory = paths.ReleaseDirectory(siteKey, number);
        Directory.CreateDirectory(directory);
        var previousDirectory = previous is { } p ? paths.ReleaseDirectory(siteKey, p) : null;
        if (previousDirectory is not null && !full)
        {
            LinkTree(previousDirectory, directory);
        }

        return new ReleaseWriter(siteKey, number, previous, directory, previousDirectory, full);
    }

    /// <summary>Makes a complete release live: a new symlink renamed over <c>current</c>, one atomic step.</summary>
    public void Activate(string siteKey, int number)
    {
        var directory = paths.ReleaseDirectory(siteKey, number);
        if (!File.Exists(Path.Combine(directory, ReleasePaths.ManifestFile)))
        {
            throw new InvalidOperationException($"Release {siteKey}/{number} is not complete.");
        }

        var siteDirectory = paths.SiteDirectory(siteKey);
        var temporary = Path.Combine(siteDirectory, $".current-{Environment.ProcessId}-{number}");
        File.Delete(temporary);
        File.CreateSymbolicLink(temporary, Path.GetFileName(directory));
        Libc.Rename(temporary, paths.CurrentLink(siteKey));
        Libc.SyncDirectory(siteDirectory);
    }

    /// <summary>Keeps the newest <see cref="PublishingOptions.KeepReleases"/> complete releases and always the live one.</summary>
    public void Prune(string siteKey)
    {
        var current = CurrentNumber(siteKey);
        foreach (var number in CompleteReleases(siteKey).Skip(Math.Max(1, options.KeepReleases)).Where(n => n != current))
        {
            DeleteFolder(paths.ReleaseDirectory(siteKey, number));
        }
    }

    /// <summary>Folders without a manifest are what a crash left behind: never live, deleted before a new release starts.</summary>
    public void DeleteIncomplete(string siteKey)
    {
        var current = CurrentNumber(siteKey);
        foreach (var number in Numbered(siteKey).Where(n => n != current))
        {
            var directory = paths.ReleaseDirectory(siteKey, number);
            if (!File.Exists(Path.Combine(directory, ReleasePaths.ManifestFile)))
            {
                logger.LogWarning("Deleting the incomplete release {Directory}", directory);
                DeleteFolder(directory);
            }
        }

        var siteDirectory = paths.SiteDirectory(siteKey);
        if (Directory.Exists(siteDirectory))
        {
            Array.ForEach(Directory.GetFiles(siteDirectory, ".current-*"), File.Delete);
            Array.ForEach(Directory.GetDirectories(siteDirectory, "*.deleting"), d => Directory.Delete(d, recursive: true));
        }
    }

    /// <summary>Every file of a release, relative and "/"-separated, sorted (the manifest excluded).</summary>
    public static IReadOnlyList<string> ListFiles(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(f => f != ReleasePaths.ManifestFile)
            .Order(StringComparer.Ordinal)];

    private List<int> Numbered(string siteKey)
    {
        var siteDirectory = paths.SiteDirectory(siteKey);
        if (!Directory.Exists(siteDirectory))
        {
            return [];
        }

        return Directory.EnumerateDirectories(siteDirectory)
            .Select(Path.GetFileName)
            .Where(name => name is { Length: 6 } && name != CurrentLinkName && name.All(char.IsAsciiDigit))
            .Select(name => int.Parse(name!, CultureInfo.InvariantCulture))
            .ToList();
    }

    private static void LinkTree(string from, string to)
    {
        var made = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relative in ListFiles(from))
        {
            var target = Path.Combine(to, relative);
            var directory = Path.GetDirectoryName(target)!;
            if (made.Add(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var source = Path.Combine(from, relative);
            if (!Libc.TryLink(source, target))
            {
                File.Copy(source, target);
            }
        }
    }

    private static void DeleteFolder(string directory)
    {
        // Renamed away first, so a folder half deleted is never mistaken for a release.
        var trash = directory + ".deleting";
        Directory.Move(directory, trash);
        Directory.Delete(trash, recursive: true);
    }
}
