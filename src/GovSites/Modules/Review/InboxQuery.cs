using GovSites.Modules.Organization;
using GovSites.Platform.Data;

namespace GovSites.Modules.Review;

/// <summary>
/// 待我审核: the reviews in progress, on any site, whose current step the signed-in user holds — by
/// name, or by role with a grant covering the article. The same rule as <see cref="ReviewStep.IsHeldBy"/>,
/// written as one query: the (State, UnitId, SubmittedAt) index narrows it to the user's unit first.
/// </summary>
public sealed class InboxQuery(GovSitesDbContext db, CurrentStaff staff)
{
    public IQueryable<Review> Waiting()
    {
        var accountId = staff.AccountId;
        var unitId = staff.UnitId;
        var roles = staff.Roles.ToList();
        var grants = db.Grants.Where(g => g.AccountId == accountId);
        return db.Set<Review>()
            .Where(r => r.State == ReviewState.InProgress && r.UnitId == unitId)
            .Where(r => r.Steps.Any(s => s.Order == r.CurrentStep && (s.Role == null
                ? s.AccountIds.Contains(accountId)
                : roles.Contains(s.Role) && grants.Any(g => g.SiteId == r.SiteId && (g.ChannelId == null || g.ChannelId == r.ChannelId)))));
    }
}
