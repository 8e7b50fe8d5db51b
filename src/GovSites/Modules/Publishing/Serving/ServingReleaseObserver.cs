namespace GovSites.Modules.Publishing.Serving;

/// <summary>
/// A swap made by this process's publisher is served from the next request on, instead of after the next
/// periodic look at the <c>current</c> link (which remains for swaps made by other processes).
/// </summary>
internal sealed class ServingReleaseObserver(LiveReleases releases) : IReleaseObserver
{
    public Task ReleaseActivatedAsync(ReleaseActivated release, CancellationToken cancellationToken)
    {
        releases.Refresh(release.SiteKey);
        return Task.CompletedTask;
    }
}
