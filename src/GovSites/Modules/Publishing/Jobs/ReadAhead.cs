namespace GovSites.Modules.Publishing.Jobs;

/// <summary>
/// Reads the next item of an asynchronous sequence on another thread while the caller works on the current
/// one, so a full rebuild renders one batch while the database reads the next.
/// </summary>
public static class ReadAhead
{
    public static async IAsyncEnumerable<T> OneAhead<T>(IAsyncEnumerable<T> source, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var items = source.GetAsyncEnumerator(cancellationToken);
        Task<bool>? next = null;
        try
        {
            // Task.Run: SQLite's "asynchronous" reads run synchronously, and would not overlap otherwise.
            next = Task.Run(() => items.MoveNextAsync().AsTask(), cancellationToken);
            while (await next)
            {
                var current = items.Current;
                next = Task.Run(() => items.MoveNextAsync().AsTask(), cancellationToken);
                yield return current;
            }
        }
        finally
        {
            // The enumerator is not disposed while a read is still running on it (the caller stopped early or failed).
            if (next is not null)
            {
                await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            await items.DisposeAsync();
        }
    }
}
