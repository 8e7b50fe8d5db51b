using System.Diagnostics;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing.Jobs;

/// <summary>
/// The publish queue in the database, shared by every node and the command line. A job is taken by a
/// conditional UPDATE (Queued → Running): of two nodes only one changes the row, and the unique index on
/// running jobs per site keeps a second job of the same site waiting.
/// </summary>
public sealed class PublishJobs(GovSitesDbContext db, TimeProvider time)
{
    /// <summary>A running job whose worker has not reported for this long is taken back.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    /// <summary>This process, as written into the jobs it runs: host/pid/start time.</summary>
    public static readonly string Owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Process.GetCurrentProcess().StartTime.Ticks}";

    /// <summary>Queues a job, or returns the equal one already waiting (pressing the button twice queues one).</summary>
    public async Task<PublishJob> QueueAsync(int siteId, PublishJobKind kind, int? requestedById, int? targetRelease, CancellationToken cancellationToken) =>
        kind == PublishJobKind.Rollback
            ? (await AddAsync([siteId], kind, requestedById, targetRelease, cancellationToken))[0]
            : (await QueueAsync([siteId], kind, requestedById, cancellationToken))[0];

    /// <summary>
    /// Queues a job of the same kind for each of several sites in one transaction (a rebuild of every site is
    /// one commit, not one per site), reusing the jobs already waiting. Returns them in the order of
    /// <paramref name="siteIds"/>.
    /// </summary>
    public async Task<IReadOnlyList<PublishJob>> QueueAsync(IReadOnlyList<int> siteIds, PublishJobKind kind, int? requestedById, CancellationToken cancellationToken)
    {
        if (kind == PublishJobKind.Rollback)
        {
            throw new ArgumentException("A rollback names its release: queue it for one site.", nameof(kind));
        }

        var waiting = (await db.Set<PublishJob>().Where(j => siteIds.Contains(j.SiteId) && j.Kind == kind && j.State == PublishJobState.Queued).ToListAsync(cancellationToken))
            .GroupBy(j => j.SiteId).ToDictionary(g => g.Key, g => g.MinBy(j => j.Id)!);
        var added = (await AddAsync([.. siteIds.Distinct().Where(id => !waiting.ContainsKey(id))], kind, requestedById, null, cancellationToken)).ToDictionary(j => j.SiteId);
        return [.. siteIds.Select(id => waiting.TryGetValue(id, out var job) ? job : added[id])];
    }

    private async Task<IReadOnlyList<PublishJob>> AddAsync(IReadOnlyList<int> siteIds, PublishJobKind kind, int? requestedById, int? targetRelease, CancellationToken cancellationToken)
    {
        if (siteIds.Count == 0)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var jobs = siteIds.Select(siteId => new PublishJob { SiteId = siteId, Kind = kind, State = PublishJobState.Queued, TargetRelease = targetRelease, RequestedById = requestedById, CreatedAt = now, NextAttemptAt = now }).ToList();
        db.AddRange(jobs);
        await db.SaveChangesAsync(cancellationToken);
        return jobs;
    }

    /// <summary>An incremental job for every site with due article events and no job waiting.</summary>
    public async Task QueueDueEventsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sites = await new EventLedger(db).SitesWithDueEventsAsync(now, cancellationToken);
        var waiting = await db.Set<PublishJob>().Where(j => j.State == PublishJobState.Queued && sites.Contains(j.SiteId)).Select(j => j.SiteId).ToListAsync(cancellationToken);
        await QueueAsync([.. sites.Except(waiting).Order()], PublishJobKind.Incremental, null, cancellationToken);
    }

    /// <summary>Takes the oldest due job (or <paramref name="onlyJobId"/>); null when there is none this node may run.</summary>
    public async Task<PublishJob?> ClaimAsync(long? onlyJobId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = await db.Set<PublishJob>()
            .Where(j => j.State == PublishJobState.Queued && j.NextAttemptAt <= now && (onlyJobId == null || j.Id == onlyJobId))
            .OrderBy(j => j.Id).Select(j => j.Id).Take(20).ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            try
            {
                var taken = await db.Set<PublishJob>()
                    .Where(j => j.Id == id && j.State == PublishJobState.Queued)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(j => j.State, PublishJobState.Running).SetProperty(j => j.Owner, Owner)
                            .SetProperty(j => j.StartedAt, now).SetProperty(j => j.HeartbeatAt, now)
                            .SetProperty(j => j.Attempts, j => j.Attempts + 1).SetProperty(j => j.Done, 0).SetProperty(j => j.FinishedAt, (DateTimeOffset?)null),
                        cancellationToken);
                if (taken == 1)
                {
                    return await db.Set<PublishJob>().SingleAsync(j => j.Id == id, cancellationToken);
                }
            }
            catch (System.Data.Common.DbException)
            {
                // Another job of the same site is running (the unique index): this one waits its turn.
            }
        }

        return null;
    }

    public Task ReportAsync(long jobId, JobProgress progress, CancellationToken cancellationToken) =>
        db.Set<PublishJob>().Where(j => j.Id == jobId && j.State == PublishJobState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Done, progress.Done).SetProperty(j => j.Total, progress.Total).SetProperty(j => j.HeartbeatAt, time.GetUtcNow()), cancellationToken);

    /// <summary>
    /// Running jobs whose worker is gone (killed, or silent for <see cref="StaleAfter"/>) go back to the queue;
    /// their half-written release folder has no manifest and is deleted by the next release of the site.
    /// </summary>
    public async Task RecoverStaleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var running = await db.Set<PublishJob>().Where(j => j.State == PublishJobState.Running).Select(j => new { j.Id, j.Owner, j.HeartbeatAt }).ToListAsync(cancellationToken);
        foreach (var job in running.Where(j => j.HeartbeatAt < now - StaleAfter || IsDeadHere(j.Owner)))
        {
            await db.Set<PublishJob>().Where(j => j.Id == job.Id && j.State == PublishJobState.Running && j.Owner == job.Owner)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, PublishJobState.Queued).SetProperty(j => j.Owner, (string?)null).SetProperty(j => j.LastError, "发布进程意外中断，任务已重新排队。"), cancellationToken);
        }
    }

    /// <summary>A job of a process on this machine that no longer runs (same pid reused: the start time differs).</summary>
    private static bool IsDeadHere(string? owner)
    {
        var parts = owner?.Split('/');
        if (parts is not { Length: 3 } || parts[0] != Environment.MachineName || owner == Owner || !int.TryParse(parts[1], out var pid))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.StartTime.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) != parts[2];
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
