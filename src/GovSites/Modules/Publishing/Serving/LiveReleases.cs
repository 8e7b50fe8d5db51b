using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace GovSites.Modules.Publishing.Serving;

/// <summary>
/// The live release of every site and the responses built from it. The <c>current</c> link is read again at
/// most every <see cref="ServingOptions.ReleaseCheckInterval"/>, so a swap by another process (the CLI) is
/// seen within that time; a swap drops the old release's responses. Responses are kept up to
/// <see cref="ServingOptions.CacheBytes"/>, the least recently used dropped first.
/// </summary>
internal sealed class LiveReleases
{
    private readonly ConcurrentDictionary<string, SiteRelease> sites = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SiteRelease>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly ReleasePaths paths;
    private readonly PublishingOptions publishing;
    private readonly ServingOptions options;
    private readonly long checkInterval;
    private readonly SiteRelease noRelease = new("", null, null, NotFoundPages.NoRelease);
    private readonly Lock trimming = new();
    private string root;
    private long total;

    public LiveReleases(ReleasePaths paths, PublishingOptions publishing, IOptions<ServingOptions> options)
    {
        this.paths = paths;
        this.publishing = publishing;
        this.options = options.Value;
        checkInterval = (long)this.options.ReleaseCheckInterval.TotalMilliseconds;
        root = publishing.ReleasesDirectory;
        bySpan = sites.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Bytes of responses held in memory.</summary>
    public long CachedBytes => Interlocked.Read(ref total);

    /// <summary>The live release of a site (a release without a folder when it has none).</summary>
    public SiteRelease Current(ReadOnlySpan<char> siteKey)
    {
        if (!ReferenceEquals(root, publishing.ReleasesDirectory))
        {
            Forget(); // the folder was moved (tests do this): nothing seen so far is still true
        }

        var now = Environment.TickCount64;
        if (bySpan.TryGetValue(siteKey, out var known) && now - known.CheckedAt < checkInterval)
        {
            return known;
        }

        return Reload(siteKey.ToString(), known, now);
    }

    /// <summary>The response for a path below the site root, or null when the release has no such file.</summary>
    public CachedResponse? Find(SiteRelease release, ReadOnlySpan<char> relative)
    {
        if (release.TryGet(relative, out var response))
        {
            response.LastUsed = Environment.TickCount64;
            return response;
        }

        return release.Directory is null ? null : Build(release, relative.ToString());
    }

    private SiteRelease Reload(string siteKey, SiteRelease? known, long now)
    {
        var link = paths.CurrentLink(siteKey);
        var target = ReadLink(link);
        if (known is not null && target == known.LinkTarget)
        {
            known.CheckedAt = now;
            return known;
        }

        var directory = target is null ? null : ReleaseFolder(paths.SiteDirectory(siteKey), target);
        if (directory is null)
        {
            Drop(siteKey, known);
            return noRelease;
        }

        var fresh = new SiteRelease(siteKey, target, directory, NotFoundPage(directory)) { CheckedAt = now };
        if (known is null ? sites.TryAdd(siteKey, fresh) : sites.TryUpdate(siteKey, fresh, known))
        {
            if (known is not null)
            {
                Interlocked.Add(ref total, -known.Bytes);
            }
        }

        return fresh;
    }

    private void Drop(string siteKey, SiteRelease? known)
    {
        if (known is not null && sites.TryRemove(new KeyValuePair<string, SiteRelease>(siteKey, known)))
        {
            Interlocked.Add(ref total, -known.Bytes);
        }
    }

    private void Forget()
    {
        lock (trimming)
        {
            sites.Clear();
            Interlocked.Exchange(ref total, 0);
            root = publishing.ReleasesDirectory;
        }
    }

    private static string? ReadLink(string link)
    {
        try
        {
            var info = new FileInfo(link);
            return info.LinkTarget ?? (Directory.Exists(link) ? "" : null);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? ReleaseFolder(string siteDirectory, string target)
    {
        var folder = new DirectoryInfo(target.Length == 0 ? Path.Join(siteDirectory, "current") : Path.GetFullPath(target, siteDirectory));
        if (!folder.Exists)
        {
            return null;
        }

        return folder.LinkTarget is null ? folder.FullName.TrimEnd(Path.DirectorySeparatorChar) : folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
    }

    private CachedResponse NotFoundPage(string directory)
    {
        var (kind, path) = ContainedFile.Find(directory, "404.html");
        return kind == ContainedFile.Kind.File
            ? ResponseBuilder.FromFile(path, options.MaxCachedFileBytes, StatusCodes.Status404NotFound)
            : NotFoundPages.Missing;
    }

    private CachedResponse? Build(SiteRelease release, string relative)
    {
        CachedResponse response;
        try
        {
            var (kind, path) = ContainedFile.Find(release.Directory!, PublicPath.FileFor(relative));
            if (kind == ContainedFile.Kind.File)
            {
                response = ResponseBuilder.FromFile(path, options.MaxCachedFileBytes);
            }
            else if (kind == ContainedFile.Kind.Directory && relative.Length > 0 && relative[^1] != '/')
            {
                response = ResponseBuilder.Redirect(relative + "/");
            }
            else
            {
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // removed while we looked, or not readable: not there for the public either
        }

        response.LastUsed = Environment.TickCount64;
        if (release.TryAdd(relative, response) && Interlocked.Add(ref total, response.Size) > options.CacheBytes)
        {
            Trim();
        }

        return response;
    }

    /// <summary>Drops the least recently used responses until a quarter of the budget is free again.</summary>
    private void Trim()
    {
        lock (trimming)
        {
            var target = options.CacheBytes * 3 / 4;
            var oldest = sites.Values
                .SelectMany(release => release.Entries().Select(entry => (release, entry.Path, entry.LastUsed)))
                .OrderBy(entry => entry.LastUsed)
                .ToList();
            foreach (var (release, path, _) in oldest)
            {
                if (Interlocked.Read(ref total) <= target)
                {
                    break;
                }

                Interlocked.Add(ref total, -release.Remove(path));
            }
        }
    }
}
