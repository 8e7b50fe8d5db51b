namespace GovSites.Modules.Search.Feeding;

/// <summary>
/// At start-up, takes in the releases made while this process was not listening (a CLI publish, a crash
/// between the swap and the index commit). In the background: the site serves before the index is current.
/// </summary>
internal sealed class SearchCatchUp(SearchFeeder feeder, ILogger<SearchCatchUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await feeder.CatchUpAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Store.LockObtainFailedException)
        {
            logger.LogError(e, "Search index catch-up failed; searches show the last indexed releases until the next publish or `govsites reindex`");
        }
    }
}
