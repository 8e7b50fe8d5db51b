using System.Diagnostics;
using GovSites.Modules.Publishing;
using GovSites.Modules.Publishing.Releases;
using GovSites.Modules.Search.Engine;
using GovSites.Modules.Search.Feeding;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovSites.SearchBench;

/// <summary>
/// Indexing throughput: the app's own <see cref="SearchFeeder.RebuildAllAsync"/> (what `govsites reindex` runs) over
/// the live releases the app's publisher wrote, so every page is read back from its HTML exactly as in production.
/// <c>--read-only</c> runs the same feeder with an index that throws the documents away: the cost of reading and
/// parsing the pages alone.
/// </summary>
internal static class IndexBench
{
    public static async Task<int> RunAsync(string releases, string folder, bool readOnly)
    {
        var options = new PublishingOptions { ReleasesDirectory = Path.GetFullPath(releases) };
        var paths = new ReleasePaths(options);
        using var lucene = readOnly ? null : new LuceneSearchIndex(folder);
        ISearchIndex index = lucene is null ? new DiscardingIndex() : lucene;
        using var feeder = new SearchFeeder(index, paths, new ReleaseStore(paths, options, NullLogger<ReleaseStore>.Instance), NullLogger<SearchFeeder>.Instance);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var reported = TimeSpan.Zero;
        var lastPage = TimeSpan.Zero;
        var pages = await feeder.RebuildAllAsync(
            (site, done, total) =>
            {
                lastPage = clock.Elapsed;
                if (clock.Elapsed - reported > TimeSpan.FromSeconds(10) || done == total)
                {
                    reported = clock.Elapsed;
                    Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:F1} s  {site} {done}/{total}");
                }
            },
            CancellationToken.None);
        var wall = clock.Elapsed;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        var size = readOnly ? 0 : new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
        Console.WriteLine(readOnly ? "mode: read-only (pages read and parsed, nothing indexed)" : "mode: index");
        Console.WriteLine($"documents: {pages}");
        Console.WriteLine($"wall: {wall.TotalSeconds:F1} s (every page searchable after {lastPage.TotalSeconds:F1} s, then the index merged into one segment in {(wall - lastPage).TotalSeconds:F1} s)");
        Console.WriteLine($"docs/s: {pages / wall.TotalSeconds:F0}");
        Console.WriteLine($"cpu: {cpuSeconds:F1} s ({cpuSeconds / wall.TotalSeconds:F2} cores)");
        Console.WriteLine($"allocated: {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:F0} MiB; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB");
        Console.WriteLine($"index size: {size / 1048576.0:F1} MiB ({index.IndexedReleases().Count} sites, {(readOnly ? 0 : new DirectoryInfo(folder).EnumerateFiles("*.si").Count())} segments)");
        return 0;
    }

    /// <summary>Takes batches and keeps nothing but the release numbers.</summary>
    private sealed class DiscardingIndex : ISearchIndex, IDisposable
    {
        private readonly Dictionary<string, int> releases = [];

        public IReadOnlyDictionary<string, int> IndexedReleases() => releases;

        public Task ApplyAsync(IndexBatch batch, CancellationToken cancellationToken)
        {
            releases[batch.SiteKey] = batch.Release;
            return Task.CompletedTask;
        }

        public Task RemoveSiteAsync(string siteKey, CancellationToken cancellationToken)
        {
            releases.Remove(siteKey);
            return Task.CompletedTask;
        }

        public IDisposable DeferMerges() => this;

        public void Dispose()
        {
        }

        public Task CompactAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public SearchResults Search(SearchQuery query) => SearchResults.Nothing(false);
    }
}
