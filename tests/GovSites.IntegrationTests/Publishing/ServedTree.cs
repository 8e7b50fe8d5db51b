using System.Globalization;
using GovSites.Modules.Publishing;
using GovSites.Modules.Publishing.Releases;

namespace GovSites.IntegrationTests.Publishing;

/// <summary>What a reader of the releases folder sees, checked file by file as a crash may have left it.</summary>
public static class ServedTree
{
    /// <summary>The number of the live release of a site, or null when it has none.</summary>
    public static int? LiveNumber(string root, string siteKey) =>
        new FileInfo(Path.Combine(root, siteKey, "current")).LinkTarget is { } target
            ? int.Parse(Path.GetFileName(target), NumberStyles.None, CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// Problems of a site's served tree: <c>current</c> must be exactly one complete release (its manifest
    /// present and naming exactly its files for a full build), with no half-written page, no temporary file
    /// and no internal link to a file the release lacks.
    /// </summary>
    public static IReadOnlyList<string> Problems(string root, string siteKey)
    {
        var link = new FileInfo(Path.Combine(root, siteKey, "current"));
        if (link.LinkTarget is not { } target)
        {
            return [$"{siteKey}: current is missing or not a symbolic link"];
        }

        var directory = Path.GetFullPath(Path.Combine(root, siteKey, target));
        var manifest = ReleaseManifest.Read(directory);
        if (manifest is null)
        {
            return [$"{siteKey}: current → {target} has no {ReleasePaths.ManifestFile}"];
        }

        var problems = new List<string>();
        if (manifest.Site != siteKey || manifest.Number.ToString("D6", CultureInfo.InvariantCulture) != Path.GetFileName(directory))
        {
            problems.Add($"{siteKey}: current → {target} holds the manifest of {manifest.Site}/{manifest.Number}");
        }

        var files = ReleaseStore.ListFiles(directory);
        var present = files.ToHashSet(StringComparer.Ordinal);
        problems.AddRange(manifest.Changed.Where(f => !present.Contains(f)).Select(f => $"{siteKey}/{target}: listed but missing {f}"));
        problems.AddRange(manifest.Removed.Where(present.Contains).Select(f => $"{siteKey}/{target}: removed but present {f}"));
        if (manifest.Full)
        {
            var listed = manifest.Changed.ToHashSet(StringComparer.Ordinal);
            problems.AddRange(files.Where(f => !listed.Contains(f)).Select(f => $"{siteKey}/{target}: not in the manifest {f}"));
        }

        problems.AddRange(files.Where(f => f.EndsWith(".tmp", StringComparison.Ordinal)).Select(f => $"{siteKey}/{target}: temporary file {f}"));
        foreach (var page in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            if (!File.ReadAllText(Path.Combine(directory, page)).TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{siteKey}/{target}: partially written {page}");
            }
        }

        problems.AddRange(LinkCheck.Broken(root, siteKey).Select(b => $"{siteKey}/{target}: broken link {b}"));
        return problems;
    }

    /// <summary>What a crash may leave beside the releases: folders without a manifest, half-deleted folders, temporary links.</summary>
    public static IReadOnlyList<string> Leftovers(string root, string siteKey)
    {
        var site = Path.Combine(root, siteKey);
        var leftovers = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(site).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (entry == "current")
            {
                continue;
            }

            var isRelease = entry is { Length: 6 } && entry.All(char.IsAsciiDigit);
            if (!isRelease || !File.Exists(Path.Combine(site, entry!, ReleasePaths.ManifestFile)))
            {
                leftovers.Add($"{siteKey}/{entry}");
            }
        }

        return leftovers;
    }
}
