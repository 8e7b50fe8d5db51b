using GovSites.Modules.Publishing.Releases;
using GovSites.Modules.Publishing.Rendering;
using GovSites.Modules.Templates;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing.Jobs;

/// <summary>
/// Takes one job from the queue and runs it: writes the release, swaps it in, records it, tells the
/// observers. A failure leaves the live release as it was and puts the job back with a back-off and a
/// visible error.
/// </summary>
public sealed class JobRunner(
    GovSitesDbContext db,
    PublishJobs jobs,
    SiteContextLoader loader,
    IncrementalPublish incremental,
    FullPublish full,
    ReleaseStore store,
    IServiceScopeFactory scopes,
    IEnumerable<IReleaseObserver> observers,
    TimeProvider time,
    ILogger<JobRunner> logger)
{
    /// <summary>Runs the next due job (or only <paramref name="onlyJobId"/>); false when there was none to take.</summary>
    public async Task<bool> RunNextAsync(long? onlyJobId, Action<PublishJob, JobProgress>? onProgress, CancellationToken cancellationToken)
    {
        if (await jobs.ClaimAsync(onlyJobId, cancellationToken) is not { } job)
        {
            return false;
        }

        var progress = new JobProgress();
        using var stopReporting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reporter = ReportAsync(job, progress, onProgress, stopReporting.Token);
        ReleaseActivated? activated = null;
        try
        {
            activated = await RunAsync(job, progress, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Publish job {JobId} of site {SiteId} failed", job.Id, job.SiteId);
            await stopReporting.CancelAsync();
            await reporter;
            db.ChangeTracker.Clear();
            var failed = await db.Set<PublishJob>().SingleAsync(j => j.Id == job.Id, CancellationToken.None);
            failed.Fail(Describe(e), time.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            return true;
        }
        finally
        {
            await stopReporting.CancelAsync();
            await reporter;
            onProgress?.Invoke(job, progress);
        }

        if (activated is not null)
        {
            await NotifyAsync(activated, cancellationToken);

            // Old releases go after the serving was told: deleting thousands of files should not delay the new page.
            if (job.Kind != PublishJobKind.Rollback)
            {
                Prune(activated.SiteKey);
            }
        }

        return true;
    }

    private async Task<ReleaseActivated?> RunAsync(PublishJob job, JobProgress progress, CancellationToken cancellationToken)
    {
        var site = await loader.LoadAsync(job.SiteId, cancellationToken);
        var now = time.GetUtcNow();
        if (job.Kind == PublishJobKind.Rollback)
        {
            return await RollbackAsync(job, site, cancellationToken);
        }

        var last = await db.Set<Release>().AsNoTracking().Where(r => r.SiteId == site.SiteId).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        // After a rollback, a theme change or a lost release, the rows no longer describe the live folder: rebuild.
        var rebuild = job.Kind == PublishJobKind.Full || last is null || store.CurrentNumber(site.Key) != last.Number || last.ThemeFingerprint != site.Theme.Fingerprint;
        var outcome = rebuild
            ? await full.RunAsync(site, now, progress, cancellationToken)
            : await incremental.RunAsync(site, now, progress, cancellationToken);
        if (outcome is null)
        {
            job.Succeed(null, now);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        var manifest = outcome.Manifest;
        store.Activate(site.Key, manifest.Number);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await outcome.RecordAsync(cancellationToken);
            db.Add(new Release { SiteId = site.SiteId, Number = manifest.Number, CreatedAt = now, Full = manifest.Full, FileCount = outcome.FileCount, ThemeFingerprint = site.Theme.Fingerprint });
            job.Succeed(manifest.Number, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        logger.LogInformation("Published release {Number} of {SiteKey}: {Changed} changed, {Removed} removed", manifest.Number, site.Key, manifest.Changed.Count, manifest.Removed.Count);
        return new ReleaseActivated(site.Key, manifest.Number, store.DirectoryOf(site.Key, manifest.Number), manifest.Full, manifest.Changed, manifest.Removed);
    }

    private async Task<ReleaseActivated> RollbackAsync(PublishJob job, SiteContext site, CancellationToken cancellationToken)
    {
        if (job.TargetRelease is not { } target || !store.CompleteReleases(site.Key).Contains(target))
        {
            throw new PublishException($"要回退到的版本 {job.TargetRelease} 不存在或不完整，无法回退。");
        }

        var before = store.CurrentNumber(site.Key) is { } current ? ReleaseStore.ListFiles(store.DirectoryOf(site.Key, current)) : [];
        store.Activate(site.Key, target);
        job.Succeed(target, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        var directory = store.DirectoryOf(site.Key, target);
        var files = ReleaseStore.ListFiles(directory);
        return new ReleaseActivated(site.Key, target, directory, true, files, [.. before.Except(files, StringComparer.Ordinal)]);
    }

    private void Prune(string siteKey)
    {
        try
        {
            store.Prune(siteKey);
        }
        catch (IOException e)
        {
            // The release is live and recorded; the next publish prunes again.
            logger.LogError(e, "Deleting old releases of {SiteKey} failed", siteKey);
        }
    }

    /// <summary>Observers (search) follow the live release; a failing one is logged and never undoes the swap.</summary>
    private async Task NotifyAsync(ReleaseActivated release, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.ReleaseActivatedAsync(release, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Release observer {Observer} failed for {SiteKey}/{Number}", observer.GetType().Name, release.SiteKey, release.Number);
            }
        }
    }

    /// <summary>Writes progress (and the heartbeat) from its own scope while the job's context is busy rendering.</summary>
    private async Task ReportAsync(PublishJob job, JobProgress progress, Action<PublishJob, JobProgress>? onProgress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reporting = scope.ServiceProvider.GetRequiredService<PublishJobs>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), time, cancellationToken);
                await reporting.ReportAsync(job.Id, progress, cancellationToken);
                onProgress?.Invoke(job, progress);
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended.
        }
    }

    private static string Describe(Exception e) => e switch
    {
        // Parallel rendering wraps the first failure; the admin should read that, not "One or more errors occurred".
        AggregateException aggregate when aggregate.Flatten().InnerExceptions is [var first, ..] => Describe(first),
        PublishException or TemplateRenderException => e.Message,
        UnauthorizedAccessException => $"没有写入发布目录的权限：{e.Message}",
        IOException => $"写入发布文件失败（磁盘已满或目录不可写？）：{e.Message}",
        _ => $"发布出错：{e.Message}",
    };
}
