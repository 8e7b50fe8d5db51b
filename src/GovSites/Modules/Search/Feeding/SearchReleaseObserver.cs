using GovSites.Modules.Publishing;

namespace GovSites.Modules.Search.Feeding;

/// <summary>
/// The publisher tells Search that a release went live. Search only wakes its follower and returns at once:
/// indexing (SmartCn segmentation of every changed page) never delays a publish or its next job.
/// </summary>
internal sealed class SearchReleaseObserver(SearchWakeUp wakeUp) : IReleaseObserver
{
    public Task ReleaseActivatedAsync(ReleaseActivated release, CancellationToken cancellationToken)
    {
        wakeUp.Wake();
        return Task.CompletedTask;
    }
}
