using GovSites.Modules.Organization;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Review;

/// <summary>The signed-in staff member as a <see cref="ReviewActor"/> of one review.</summary>
public sealed class ReviewActors(GovSitesDbContext db, CurrentStaff staff)
{
    public async Task<ReviewActor> ForAsync(Review review, CancellationToken cancellationToken = default)
    {
        var accountId = staff.AccountId;
        var hasGrant = await db.Grants.AnyAsync(
            g => g.AccountId == accountId && g.SiteId == review.SiteId && (g.ChannelId == null || g.ChannelId == review.ChannelId),
            cancellationToken);
        return new ReviewActor(accountId, staff.DisplayName, staff.UnitId, staff.Roles, hasGrant);
    }
}
