using System.CommandLine;
using GovSites.Modules.Publishing.Jobs;
using GovSites.Platform.Cli;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing;

/// <summary>
/// <c>govsites publish [--site KEY | --all] [--full]</c>: publishes in this process, printing progress, and
/// exits non-zero when a site is unknown or a job failed. Jobs go through the same queue as the server's, so a
/// server running at the same time never runs the same site at once.
/// </summary>
public sealed class PublishVerb : ICommandLineVerb
{
    public Command Build(IServiceProvider services)
    {
        var site = new Option<string?>("--site") { Description = "站点标识，如 portal、lbz" };
        var all = new Option<bool>("--all") { Description = "发布全部站点" };
        var full = new Option<bool>("--full") { Description = "全站重新生成（否则只发布有变化的页面）" };
        var command = new Command("publish", "发布站点的静态页面") { site, all, full };
        command.SetAction(async (parse, cancellationToken) =>
            await RunAsync(services, parse.GetValue(site), parse.GetValue(all), parse.GetValue(full), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string? siteKey, bool all, bool full, CancellationToken cancellationToken)
    {
        if (siteKey is null == !all)
        {
            await Console.Error.WriteLineAsync("请指定 --site 站点标识 或 --all（二者选一）。");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovSitesDbContext>();
        if (all && full)
        {
            DatabasePrefetch.Start(db, services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabasePrefetch)));
        }

        var sites = await db.Sites.AsNoTracking().Where(s => all || s.Key == siteKey).OrderBy(s => s.Kind).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Key }).ToListAsync(cancellationToken);
        if (sites.Count == 0)
        {
            await Console.Error.WriteLineAsync($"找不到标识为“{siteKey}”的站点。");
            return 1;
        }

        var jobs = scope.ServiceProvider.GetRequiredService<PublishJobs>();
        await jobs.RecoverStaleAsync(cancellationToken);
        var queuedJobs = await jobs.QueueAsync([.. sites.Select(s => s.Id)], full ? PublishJobKind.Full : PublishJobKind.Incremental, null, cancellationToken);
        var queued = sites.Zip(queuedJobs, (s, job) => (s.Key, JobId: job.Id)).ToList();

        // Sites are independent releases: publishing several at once keeps every core busy while one site waits
        // for the database or for its flush to disk.
        var options = services.GetRequiredService<PublishingOptions>();
        var failures = 0;
        await Parallel.ForEachAsync(queued, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.SitesAtOnce), CancellationToken = cancellationToken }, async (q, ct) =>
        {
            if (!await RunOneAsync(services, q.Key, q.JobId, ct))
            {
                Interlocked.Increment(ref failures);
            }
        });

        return failures == 0 ? 0 : 3;
    }

    private static async Task<bool> RunOneAsync(IServiceProvider services, string key, long jobId, CancellationToken cancellationToken)
    {
        var printed = -1;
        void Print(PublishJob job, JobProgress progress)
        {
            if (progress.Done != printed)
            {
                printed = progress.Done;
                Console.WriteLine($"{key,-8} {progress.Done,6}/{progress.Total}");
            }
        }

        // Another process may be publishing this site right now: wait for it.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await using var scope = services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<JobRunner>().RunNextAsync(jobId, Print, cancellationToken))
            {
                var job = await scope.ServiceProvider.GetRequiredService<GovSitesDbContext>().Set<PublishJob>().AsNoTracking().SingleAsync(j => j.Id == jobId, cancellationToken);
                Console.WriteLine(job.State == PublishJobState.Succeeded
                    ? $"{key,-8} 发布完成{(job.ReleaseNumber is { } n ? $"，版本 {n:D6}" : "（没有需要发布的变化）")}"
                    : $"{key,-8} 发布失败：{job.LastError}");
                return job.State == PublishJobState.Succeeded;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        await Console.Error.WriteLineAsync($"{key}：等待其他发布任务超时。");
        return false;
    }
}
