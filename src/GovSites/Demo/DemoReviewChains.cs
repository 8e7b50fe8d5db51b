using GovSites.Modules.Organization;
using GovSites.Modules.Review.Chains;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;

namespace GovSites.Demo;

/// <summary>
/// The default review chain of every demo site: 初审 by the unit's reviewer, 来源审核 (only for 非本单位制文)
/// by the same role, 保密审查 by the unit's secrecy reviewer. The portal's are 双牌县人民政府's
/// portal.reviewer and portal.secrecy.
/// </summary>
internal sealed class DemoReviewChains(GovSitesDbContext db, TimeProvider time)
{
    public async Task SeedAsync(IEnumerable<Site> sites, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var site in sites)
        {
            db.Add(new ReviewChain
            {
                SiteId = site.Id,
                UpdatedAt = now,
                Steps =
                [
                    new() { Order = 1, Name = "初审", Kind = ReviewStepKind.Ordinary, Role = RoleNames.Reviewer },
                    new() { Order = 2, Name = "来源审核", Kind = ReviewStepKind.SourceCheck, Role = RoleNames.Reviewer },
                    new() { Order = 3, Name = "保密审查", Kind = ReviewStepKind.Secrecy, Role = RoleNames.SecrecyReviewer },
                ],
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
