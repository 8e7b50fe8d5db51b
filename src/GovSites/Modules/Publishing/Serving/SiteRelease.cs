using System.Collections.Concurrent;

namespace GovSites.Modules.Publishing.Serving;

/// <summary>The live release of one site as last seen, with the responses built from it so far.</summary>
internal sealed class SiteRelease
{
    private readonly ConcurrentDictionary<string, CachedResponse> responses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedResponse>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private long bytes;

    public SiteRelease(string siteKey, string? linkTarget, string? directory, CachedResponse notFound)
    {
        SiteKey = siteKey;
        LinkTarget = linkTarget;
        Directory = directory;
        NotFound = notFound;
        bySpan = responses.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string SiteKey { get; }

    /// <summary>What <c>current</c> pointed to; null when the site has no release.</summary>
    public string? LinkTarget { get; }

    /// <summary>The release folder, links resolved; null when the site has no release.</summary>
    public string? Directory { get; }

    /// <summary>The release's 404.html (or the built-in Chinese page), sent with status 404.</summary>
    public CachedResponse NotFound { get; }

    /// <summary><see cref="Environment.TickCount64"/> when <see cref="LinkTarget"/> was last confirmed.</summary>
    public long CheckedAt { get; set; }

    public long Bytes => Interlocked.Read(ref bytes);

    public bool TryGet(ReadOnlySpan<char> path, out CachedResponse response) => bySpan.TryGetValue(path, out response!);

    public bool TryAdd(string path, CachedResponse response)
    {
        if (!responses.TryAdd(path, response))
        {
            return false;
        }

        Interlocked.Add(ref bytes, response.Size);
        return true;
    }

    public long Remove(string path)
    {
        if (!responses.TryRemove(path, out var removed))
        {
            return 0;
        }

        Interlocked.Add(ref bytes, -removed.Size);
        return removed.Size;
    }

    public IEnumerable<(string Path, long LastUsed)> Entries() => responses.Select(e => (e.Key, e.Value.LastUsed));
}
