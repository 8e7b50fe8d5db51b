using GovSites.Modules.Publishing;
using GovSites.Modules.Publishing.Releases;
using GovSites.Modules.Search.Engine;

namespace GovSites.Modules.Search.Feeding;

/// <summary>
/// Keeps the index equal to what the public sees: the live release of every site. Driven by the server's
/// <see cref="SearchFollower"/> (woken by each publish, and looking by itself for releases made by another
/// process), which walks the <c>.release.json</c> chain from the indexed release to the live one, and by
/// <c>govsites reindex</c>. One at a time, so the release number stored with the index always describes the
/// documents beside it.
/// </summary>
public sealed class SearchFeeder(ISearchIndex index, ReleasePaths paths, ReleaseStore store, ILogger<SearchFeeder> logger) : IDisposable
{
    /// <summary>
    /// Documents read and committed together when a whole site is rebuilt. Every commit flushes the writer's
    /// buffers into new small segments that must later be merged, so few large chunks index faster than many
    /// small ones; 2,000 pages of text are still only some tens of MB in memory.
    /// </summary>
    private const int Chunk = 2_000;

    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>
    /// Threads the server's catch-up may use to rebuild a site: one core is left to the publisher and to the
    /// public. With every core indexing (105,000 pages after a full rebuild of all sites take minutes),
    /// approval to page served went from 0.2 s to a p95 of 1.5 s. <c>govsites reindex</c> uses every core.
    /// </summary>
    private static readonly int BackgroundThreads = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Called with site key, pages done, pages in the release, while a site is rebuilt.</summary>
    public delegate void Progress(string siteKey, int done, int total);

    /// <summary>Brings every site up to its live release; forgets sites that have none any more.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var rebuilt = false;
            using (index.DeferMerges())
            {
                foreach (var site in SiteKeys().Union(index.IndexedReleases().Keys).Order(StringComparer.Ordinal).ToList())
                {
                    rebuilt |= await CatchUpSiteAsync(site, cancellationToken);
                }
            }

            if (rebuilt)
            {
                await index.CompactAsync(cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Rebuilds every site from its live release (<c>govsites reindex</c>). Returns the number of pages indexed.</summary>
    public async Task<int> RebuildAllAsync(Progress? progress, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var total = 0;
            var live = SiteKeys().Where(s => store.CurrentNumber(s) is not null).ToList();
            foreach (var gone in index.IndexedReleases().Keys.Except(live).ToList())
            {
                await index.RemoveSiteAsync(gone, cancellationToken);
            }

            using (index.DeferMerges())
            {
                foreach (var site in live)
                {
                    total += await RebuildSiteAsync(site, store.CurrentNumber(site)!.Value, progress, Environment.ProcessorCount, cancellationToken);
                }
            }

            await index.CompactAsync(cancellationToken);
            return total;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private IEnumerable<string> SiteKeys() =>
        Directory.Exists(paths.Root)
            ? Directory.EnumerateDirectories(paths.Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : [];

    /// <summary>True when the site was rebuilt whole (then the index is worth compacting).</summary>
    private async Task<bool> CatchUpSiteAsync(string site, CancellationToken cancellationToken)
    {
        var live = store.CurrentNumber(site);
        var indexed = index.IndexedReleases().TryGetValue(site, out var n) ? n : (int?)null;
        if (live is null)
        {
            if (indexed is not null)
            {
                await index.RemoveSiteAsync(site, cancellationToken);
            }

            return false;
        }

        if (indexed == live)
        {
            return false;
        }

        var chain = indexed is { } from ? Chain(site, live.Value, from) : null;
        if (chain is null)
        {
            logger.LogInformation("Rebuilding the search index of {Site} from release {Release}", site, live);
            await RebuildSiteAsync(site, live.Value, null, BackgroundThreads, cancellationToken);
            return true;
        }

        var directory = paths.ReleaseDirectory(site, live.Value);
        var touched = chain.SelectMany(m => m.Changed.Concat(m.Removed)).Distinct(StringComparer.Ordinal).ToList();
        var exists = touched.ToLookup(p => File.Exists(InRelease(directory, p) ?? ""));
        await ApplyChangesAsync(site, live.Value, indexed!.Value, directory, [.. exists[true]], [.. exists[false]], cancellationToken);
        return false;
    }

    /// <summary>The manifests from <paramref name="live"/> back to just after <paramref name="indexed"/>; null when the chain breaks or holds a full build.</summary>
    private List<ReleaseManifest>? Chain(string site, int live, int indexed)
    {
        var chain = new List<ReleaseManifest>();
        for (var number = live; number != indexed;)
        {
            var manifest = ReleaseManifest.Read(paths.ReleaseDirectory(site, number));
            if (manifest is null || manifest.Full || manifest.Previous is not { } previous || previous < indexed || previous >= number)
            {
                return null;
            }

            chain.Add(manifest);
            number = previous;
        }

        return chain;
    }

    private async Task ApplyChangesAsync(string site, int number, int indexed, string directory, IReadOnlyList<string> changed, IReadOnlyList<string> removed, CancellationToken cancellationToken)
    {
        var pages = changed.Where(ReleasePageReader.MayBeArticle).ToList();
        var gone = removed.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        for (var start = 0; start < Math.Max(1, pages.Count); start += Chunk)
        {
            var chunk = pages.Skip(start).Take(Chunk).Select(p => (Path: p, Document: ReadPage(site, directory, p))).ToList();
            var last = start + Chunk >= pages.Count;
            var removals = chunk.Where(c => c.Document is null).Select(c => c.Path).Concat(last ? gone : []).ToList();
            await index.ApplyAsync(new IndexBatch(site, last ? number : indexed, false, [.. chunk.Select(c => c.Document).OfType<SearchDocument>()], removals), cancellationToken);
        }
    }

    private async Task<int> RebuildSiteAsync(string site, int number, Progress? progress, int threads, CancellationToken cancellationToken)
    {
        var directory = paths.ReleaseDirectory(site, number);
        var pages = Directory.EnumerateFiles(directory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(ReleasePageReader.MayBeArticle).Order(StringComparer.Ordinal).ToList();
        var indexedPages = 0;
        for (var start = 0; start < Math.Max(1, pages.Count); start += Chunk)
        {
            var documents = pages.Skip(start).Take(Chunk).AsParallel().AsOrdered().WithDegreeOfParallelism(threads).Select(p => ReadPage(site, directory, p)).OfType<SearchDocument>().ToList();
            var last = start + Chunk >= pages.Count;
            // Until the last chunk is in, the stored release number (0) says "incomplete": a crash means a rebuild.
            await index.ApplyAsync(new IndexBatch(site, last ? number : 0, start == 0, documents, [], threads), cancellationToken);
            indexedPages += documents.Count;
            progress?.Invoke(site, Math.Min(start + Chunk, pages.Count), pages.Count);
        }

        return indexedPages;
    }

    private static SearchDocument? ReadPage(string site, string directory, string path)
    {
        var file = InRelease(directory, path);
        return file is not null && File.Exists(file) ? ReleasePageReader.Read(site, path, File.ReadAllText(file)) : null;
    }

    /// <summary>The file of a release path, or null for a path that would leave the release folder.</summary>
    private static string? InRelease(string directory, string path)
    {
        var full = Path.GetFullPath(Path.Combine(directory, path));
        return full.StartsWith(Path.GetFullPath(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
