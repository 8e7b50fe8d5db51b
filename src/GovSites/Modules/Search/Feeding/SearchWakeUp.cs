namespace GovSites.Modules.Search.Feeding;

/// <summary>The publisher's nudge to the <see cref="SearchFollower"/>: a release went live in this process.</summary>
public sealed class SearchWakeUp : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken; the catch-up that follows takes in every release up to now.
        }
    }

    /// <summary>Returns when woken or after <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => signal.Dispose();
}
