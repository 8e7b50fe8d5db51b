namespace GovSites.Modules.Organization;

/// <summary>Which units and accounts the signed-in staff member may see and change.</summary>
public sealed class UnitAccess(Platform.Data.GovSitesDbContext db, CurrentStaff staff)
{
    private static readonly string[] ReadAllRoles =
        [RoleNames.PlatformAdmin, RoleNames.SecurityAdmin, RoleNames.Auditor, RoleNames.Evaluator];

    /// <summary>Units: the platform admin changes them; roles that oversee every unit read them; others see their own.</summary>
    public IQueryable<Unit> VisibleUnits() =>
        staff.IsInAny(ReadAllRoles) ? db.Units : db.Units.Where(u => u.Id == staff.UnitId);

    public bool CanManageUnits => staff.IsIn(RoleNames.PlatformAdmin);

    /// <summary>Accounts are created and disabled by the platform admin (DESIGN.md).</summary>
    public bool CanManageAccounts => staff.IsIn(RoleNames.PlatformAdmin);

    /// <summary>Roles and grants are given by the security admin (三权分立, DOMAIN.md §7).</summary>
    public bool CanManageGrants => staff.IsIn(RoleNames.SecurityAdmin);

    public bool CanReadAccounts => staff.IsInAny(RoleNames.PlatformAdmin, RoleNames.SecurityAdmin, RoleNames.Auditor);
}
