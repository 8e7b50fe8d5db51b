using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Submissions;

/// <summary>
/// Who sees and decides which submissions. Portal editors (门户编辑 with a grant on the portal, the whole
/// site or the channel) decide; the submitting unit sees its own (through <see cref="ArticleAccess"/>);
/// the roles that read every site read every submission. Anyone else finds nothing (404).
/// </summary>
public sealed class SubmissionAccess(GovSitesDbContext db, CurrentStaff staff, SiteAccess sites, ArticleAccess articles)
{
    private static readonly string[] StatisticsRoles =
        [RoleNames.PortalEditor, RoleNames.Evaluator, RoleNames.PlatformAdmin];

    public bool SeesStatistics => staff.IsInAny(StatisticsRoles);

    /// <summary>The channels of the portal that take articles (external links hold none).</summary>
    public IQueryable<Channel> PortalChannels() =>
        db.Channels.Where(c => c.Type != ChannelType.ExternalLink
            && db.Sites.Any(s => s.Id == c.SiteId && s.Kind == SiteKind.Portal));

    /// <summary>The portal channels the signed-in user decides submissions for.</summary>
    public IQueryable<Channel> DecidableChannels()
    {
        if (!staff.IsIn(RoleNames.PortalEditor))
        {
            return db.Channels.Where(c => false);
        }

        var accountId = staff.AccountId;
        return PortalChannels().Where(c => db.Grants.Any(g => g.AccountId == accountId && g.SiteId == c.SiteId && (g.ChannelId == null || g.ChannelId == c.Id)));
    }

    public Task<bool> CanDecideAsync(Submission submission) =>
        DecidableChannels().AnyAsync(c => c.Id == submission.ChannelId);

    public IQueryable<Submission> VisibleSubmissions()
    {
        var all = db.Set<Submission>();
        if (sites.CanReadAll)
        {
            return all;
        }

        var decidable = DecidableChannels().Select(c => c.Id);
        var ownArticles = articles.VisibleArticles().Select(a => a.Id);
        return all.Where(s => decidable.Contains(s.ChannelId) || ownArticles.Contains(s.ArticleId));
    }
}
