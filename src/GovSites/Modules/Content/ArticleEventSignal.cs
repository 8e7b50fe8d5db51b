using System.Runtime.CompilerServices;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovSites.Modules.Content;

/// <summary>
/// Tells this process that an <see cref="ArticleEvent"/> was committed, so the publisher starts at once
/// instead of at its next poll (which stays, for events written by other processes). It watches every save
/// of the context, wherever the event is added (review, withdrawal, adoption), and signals only after the
/// commit: inside an explicit transaction it waits for that transaction's commit.
/// </summary>
public sealed class ArticleEventSignal : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> pendingCommit = [];
    private readonly ConditionalWeakTable<DbContext, object> savingEvents = [];
    private TaskCompletionSource pulse = NewPulse();
    private int pending;

    /// <summary>
    /// Completes at once when an event was committed since the last wait (also one committed while the caller
    /// was busy), else at the next one, or after <paramref name="timeout"/>.
    /// </summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var next = Volatile.Read(ref pulse).Task;
        if (Interlocked.Exchange(ref pending, 0) == 0)
        {
            await next.WaitAsync(timeout, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Interlocked.Exchange(ref pending, 0);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Pulse()
    {
        // The flag first: a waiter that took the old task either sees the flag or is woken by that task.
        Volatile.Write(ref pending, 1);
        Interlocked.Exchange(ref pulse, NewPulse()).TrySetResult();
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.ChangeTracker.Entries<ArticleEvent>().Any(e => e.State == EntityState.Added))
        {
            savingEvents.AddOrUpdate(context, this);
        }

        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && savingEvents.Remove(context))
        {
            if (context.Database.CurrentTransaction is null)
            {
                Pulse();
            }
            else
            {
                pendingCommit.AddOrUpdate(context, this);
            }
        }

        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            savingEvents.Remove(context);
        }

        return Task.CompletedTask;
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && pendingCommit.Remove(context))
        {
            Pulse();
        }

        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        _ = TransactionCommittedAsync(transaction, eventData);

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            pendingCommit.Remove(context);
        }

        return Task.CompletedTask;
    }

    public void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        _ = TransactionRolledBackAsync(transaction, eventData);

    /// <summary>Registers the signal with the database context of either provider.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<ArticleEventSignal>();
        services.ConfigureDbContext<SqliteGovSitesDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<ArticleEventSignal>()));
        services.ConfigureDbContext<PostgresGovSitesDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<ArticleEventSignal>()));
    }

    private static TaskCompletionSource NewPulse() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
