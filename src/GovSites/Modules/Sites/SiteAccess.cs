using GovSites.Modules.Organization;
using GovSites.Platform.Data;

namespace GovSites.Modules.Sites;

/// <summary>
/// Which sites the signed-in staff member may see and change. Every page and API that touches a site
/// or a channel goes through here, so a guessed id of another unit's site finds nothing (404).
/// </summary>
public sealed class SiteAccess(GovSitesDbContext db, CurrentStaff staff)
{
    /// <summary>Roles that read the settings and channels of every site (they change none).</summary>
    private static readonly string[] ReadAllRoles =
        [RoleNames.PlatformAdmin, RoleNames.SecurityAdmin, RoleNames.Auditor, RoleNames.Evaluator];

    public bool CanReadAll => staff.IsInAny(ReadAllRoles);

    /// <summary>Only the platform admin (县信息化管理办公室) creates sites and edits settings and channel trees.</summary>
    public bool CanManage => staff.IsIn(RoleNames.PlatformAdmin);

    public IQueryable<Site> VisibleSites()
    {
        if (CanReadAll)
        {
            return db.Sites;
        }

        var accountId = staff.AccountId;
        return db.Sites.Where(s => db.Grants.Any(g => g.AccountId == accountId && g.SiteId == s.Id));
    }

    public IQueryable<Channel> VisibleChannels() =>
        db.Channels.Where(c => VisibleSites().Any(s => s.Id == c.SiteId));
}
