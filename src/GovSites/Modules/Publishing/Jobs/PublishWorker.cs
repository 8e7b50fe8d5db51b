using GovSites.Modules.Content;
using GovSites.Modules.Publishing.Releases;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing.Jobs;

/// <summary>
/// The publisher of each application node: queues an incremental job for every site with due article events
/// (approvals, withdrawals, scheduled publications whose time has come), and runs queued jobs. On start it
/// queues a full build of every site that has no release yet, so a fresh install serves its sites. It looks
/// every <see cref="PublishingOptions.PollMilliseconds"/>, and at once when <see cref="ArticleEventSignal"/> says an
/// event was committed in this process.
/// </summary>
public sealed class PublishWorker(IServiceScopeFactory scopes, PublishingOptions options, ArticleEventSignal signal, ILogger<PublishWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.RunWorker)
        {
            return;
        }

        await Task.Yield();
        await SafelyAsync(QueueSitesWithoutReleaseAsync, stoppingToken);
        var poll = TimeSpan.FromMilliseconds(Math.Max(50, options.PollMilliseconds));
        var lastRecovery = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (DateTime.UtcNow - lastRecovery > TimeSpan.FromSeconds(30))
            {
                lastRecovery = DateTime.UtcNow;
                await SafelyAsync((s, ct) => s.GetRequiredService<PublishJobs>().RecoverStaleAsync(ct), stoppingToken);
            }

            await SafelyAsync(RunDueAsync, stoppingToken);
            try
            {
                // An approval in this process wakes the worker at once; the poll finds events of other processes.
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Queues jobs for due events and runs every job that can run now, each in its own scope.</summary>
    public static async Task RunDueAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<PublishJobs>().QueueDueEventsAsync(cancellationToken);
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<JobRunner>().RunNextAsync(null, null, cancellationToken))
            {
                return;
            }
        }
    }

    private static async Task QueueSitesWithoutReleaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<ReleaseStore>();
        var jobs = services.GetRequiredService<PublishJobs>();
        var sites = await services.GetRequiredService<GovSitesDbContext>().Sites.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Key }).ToListAsync(cancellationToken);
        await jobs.QueueAsync([.. sites.Where(s => store.CurrentNumber(s.Key) is null).Select(s => s.Id)], PublishJobKind.Full, null, cancellationToken);
    }

    private async Task SafelyAsync(Func<IServiceProvider, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await work(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The database may be briefly unavailable; the next round tries again.
            logger.LogError(e, "The publish worker's round failed");
        }
    }
}
