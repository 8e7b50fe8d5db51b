using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Submissions;

/// <summary>A submission as the lists show it, with the names resolved in one query.</summary>
public sealed record SubmissionRow(
    int Id, int ArticleId, string Title, string UnitName, string ChannelName, SubmissionState State, string? Reason, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt)
{
    public static Task<List<SubmissionRow>> ListAsync(GovSitesDbContext db, IQueryable<Submission> submissions) =>
        submissions.Select(s => new SubmissionRow(
                s.Id,
                s.ArticleId,
                db.Articles.Where(a => a.Id == s.ArticleId).Select(a => a.Title).First(),
                db.Units.Where(u => u.Id == s.UnitId).Select(u => u.Name).First(),
                db.Channels.Where(c => c.Id == s.ChannelId).Select(c => c.Name).First(),
                s.State,
                s.Reason,
                s.SubmittedAt,
                s.DecidedAt))
            .ToListAsync();
}
