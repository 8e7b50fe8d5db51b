namespace GovSites.Modules.Publishing;

/// <summary>
/// Told after a release of a site went live (the symlink swap is done). Modules above Publishing (Search)
/// register one to follow what the public can see. A failing observer is logged and never undoes a swap;
/// observers also catch up by themselves from the <see cref="ReleasePaths.ManifestFile"/> chain, because a
/// release may be made by another process (the CLI).
/// </summary>
public interface IReleaseObserver
{
    Task ReleaseActivatedAsync(ReleaseActivated release, CancellationToken cancellationToken);
}

/// <param name="SiteKey">The site.</param>
/// <param name="Number">The release now live.</param>
/// <param name="Directory">Its folder.</param>
/// <param name="Full">A full rebuild (or a rollback): <paramref name="Changed"/> lists every file.</param>
/// <param name="Changed">Paths relative to the release, "/"-separated, sorted, written or rewritten by this release.</param>
/// <param name="Removed">Paths the previous release had and this one has not.</param>
public sealed record ReleaseActivated(string SiteKey, int Number, string Directory, bool Full, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed);
