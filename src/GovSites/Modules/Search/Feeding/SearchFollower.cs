namespace GovSites.Modules.Search.Feeding;

/// <summary>
/// Keeps the index of the server up with the live releases, off the publish path: a publish only wakes it
/// (<see cref="SearchReleaseObserver"/>), so a page is served as soon as its release is swapped in and is
/// findable a moment later. It also looks at every site's <c>current</c> link every
/// <see cref="SearchOptions.FollowInterval"/>, which takes in releases made by another process (the CLI's
/// <c>govsites publish</c>, which does no indexing itself) and, at start-up, those made while the server was
/// down. Only the server runs it; the CLI never opens the index for a publish.
/// </summary>
internal sealed class SearchFollower(SearchFeeder feeder, SearchWakeUp wakeUp, SearchOptions options, ILogger<SearchFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await feeder.CatchUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Store.LockObtainFailedException)
            {
                // Tried again at the next wake-up; until then searches show the last indexed releases.
                logger.LogError(e, "Search index catch-up failed; trying again in {Interval}", options.FollowInterval);
            }

            try
            {
                await wakeUp.WaitAsync(options.FollowInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
