using GovSites.Modules.Publishing;

namespace GovSites.Modules.Search.Feeding;

/// <summary>The publisher tells Search that a release went live; the index follows it.</summary>
internal sealed class SearchReleaseObserver(SearchFeeder feeder) : IReleaseObserver
{
    public Task ReleaseActivatedAsync(ReleaseActivated release, CancellationToken cancellationToken) =>
        feeder.ReleaseActivatedAsync(release, cancellationToken);
}
