using System.Globalization;
using GovSites.Modules.Publishing.Releases;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing.Admin;

/// <summary>
/// What the publishing page shows: per site the live release and the older ones still kept on disk (the
/// folders are the truth, the <see cref="Release"/> rows add time and size), and the recent jobs.
/// Everything is loaded through <see cref="SiteAccess"/>, so a site the user may not see never appears.
/// </summary>
public sealed class PublishingOverview(GovSitesDbContext db, SiteAccess access, ReleaseStore store)
{
    public const int RecentJobs = 20;

    public sealed record ReleaseRow(int Number, DateTimeOffset? CreatedAt, bool? Full, int? FileCount);

    public sealed record SiteRow(int Id, string Name, string Key, ReleaseRow? Live, IReadOnlyList<ReleaseRow> Kept);

    public sealed record JobRow(
        long Id, int SiteId, string SiteName, PublishJobKind Kind, PublishJobState State, int? TargetRelease, int Attempts,
        string? LastError, DateTimeOffset NextAttemptAt, DateTimeOffset CreatedAt, string RequestedBy, int Done, int Total, int? ReleaseNumber);

    public async Task<IReadOnlyList<SiteRow>> SitesAsync(CancellationToken cancellationToken)
    {
        var sites = await access.VisibleSites().AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.Key }).ToListAsync(cancellationToken);
        var onDisk = sites.ToDictionary(s => s.Id, s => (Live: store.CurrentNumber(s.Key), Complete: store.CompleteReleases(s.Key)));
        var ids = sites.Select(s => s.Id).ToList();
        var numbers = onDisk.Values.SelectMany(d => d.Complete).Distinct().ToList();
        // Only the rows of kept releases: every publish adds a row, the folders of old ones are pruned.
        var rows = (await db.Set<Release>().AsNoTracking().Where(r => ids.Contains(r.SiteId) && numbers.Contains(r.Number)).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.SiteId, r.Number));
        ReleaseRow Row(int siteId, int number) => rows.TryGetValue((siteId, number), out var r)
            ? new ReleaseRow(number, r.CreatedAt, r.Full, r.FileCount)
            : new ReleaseRow(number, null, null, null);

        return [.. sites.Select(s =>
        {
            var (live, complete) = onDisk[s.Id];
            return new SiteRow(
                s.Id, s.Name, s.Key,
                live is { } n ? Row(s.Id, n) : null,
                [.. complete.Where(c => c != live).Select(c => Row(s.Id, c))]);
        })];
    }

    /// <summary>The kept releases of a site other than the live one: the only rollback targets offered.</summary>
    public IReadOnlyList<int> RollbackTargets(string siteKey)
    {
        var live = store.CurrentNumber(siteKey);
        return [.. store.CompleteReleases(siteKey).Where(n => n != live)];
    }

    public async Task<IReadOnlyList<JobRow>> JobsAsync(bool activeOnly, CancellationToken cancellationToken)
    {
        var visible = access.VisibleSites();
        var query = db.Set<PublishJob>().AsNoTracking().Where(j => visible.Any(s => s.Id == j.SiteId));
        if (activeOnly)
        {
            query = query.Where(j => j.State == PublishJobState.Queued || j.State == PublishJobState.Running);
        }

        var jobs = await query.OrderByDescending(j => j.Id).Take(RecentJobs)
            .Select(j => new
            {
                Job = j,
                SiteName = db.Sites.Where(s => s.Id == j.SiteId).Select(s => s.Name).First(),
            })
            .ToListAsync(cancellationToken);
        var requesters = await RequestersAsync([.. jobs.Where(j => j.Job.RequestedById != null).Select(j => j.Job.Id)], cancellationToken);
        return [.. jobs.Select(x =>
        {
            var j = x.Job;
            var by = j.RequestedById is null ? "系统（信息发布或撤回）" : requesters.GetValueOrDefault(j.Id, "—");
            return new JobRow(j.Id, j.SiteId, x.SiteName, j.Kind, j.State, j.TargetRelease, j.Attempts, j.LastError, j.NextAttemptAt, j.CreatedAt, by, j.Done, j.Total, j.ReleaseNumber);
        })];
    }

    /// <summary>
    /// Who queued each job, from the audit entry of its creation: Publishing may not use the Organization
    /// module (accounts), and the audit trail already names the account that saved the row.
    /// </summary>
    private async Task<Dictionary<long, string>> RequestersAsync(List<long> jobIds, CancellationToken cancellationToken)
    {
        if (jobIds.Count == 0)
        {
            return [];
        }

        var keys = jobIds.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.ObjectType == nameof(PublishJob) && e.Action == nameof(PublishJob) + ".Created" && keys.Contains(e.ObjectId!))
            .Select(e => new { e.ObjectId, e.UserName }).ToListAsync(cancellationToken);
        return entries.Where(e => e.UserName != null)
            .GroupBy(e => long.Parse(e.ObjectId!, CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.First().UserName!);
    }
}
