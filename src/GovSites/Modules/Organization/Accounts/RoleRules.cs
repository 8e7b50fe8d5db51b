namespace GovSites.Modules.Organization.Accounts;

/// <summary>
/// The rules for giving roles and grants (DOMAIN.md §7), as pure functions. Each returns the reason for a
/// refusal in Chinese, or nothing when the change is allowed.
/// </summary>
public static class RoleRules
{
    /// <summary>三权分立: the system, security and audit administrators must be different people.</summary>
    public static readonly IReadOnlyList<string> SeparatedDuties = [RoleNames.PlatformAdmin, RoleNames.SecurityAdmin, RoleNames.Auditor];

    /// <summary>The site of a grant as Organization sees it: Organization may not use the Sites module's types.</summary>
    public sealed record GrantSite(string Name, int UnitId, bool IsPortal);

    public static string? CheckSeparationOfDuties(IReadOnlyCollection<string> roles)
    {
        var held = SeparatedDuties.Where(roles.Contains).ToList();
        return held.Count > 1
            ? $"三权分立：平台管理员、安全管理员、审计员须由不同的人担任，一个账号只能有其中一个角色（现选了{string.Join("、", held.Select(RoleNames.ToChinese))}）。"
            : null;
    }

    /// <summary>
    /// A grant is for a site-scoped role, on a site of the account's own unit; a portal editor is also
    /// granted the portal, whichever unit the editor belongs to.
    /// </summary>
    public static string? CheckGrant(int accountUnitId, IReadOnlyCollection<string> roles, GrantSite site)
    {
        if (!roles.Any(RoleNames.SiteScoped.Contains))
        {
            return "该账号没有需要按站点授权的角色（门户编辑、信息员、审核人、保密审查员），请先为其分配角色。";
        }

        if (site.UnitId == accountUnitId || (site.IsPortal && roles.Contains(RoleNames.PortalEditor)))
        {
            return null;
        }

        return site.IsPortal
            ? $"“{site.Name}”是门户网站，只能授权给门户编辑或门户主办单位的人员。"
            : $"“{site.Name}”不是该账号所在单位的站点。站点授权只能给本单位的站点（门户编辑可授权门户网站）。";
    }

    /// <summary>Every reason to refuse changing an account's roles to <paramref name="roles"/>, given the sites it holds grants on.</summary>
    public static IReadOnlyList<string> CheckRoleChange(bool ownAccount, int accountUnitId, IReadOnlyCollection<string> roles, IEnumerable<GrantSite> grantedSites)
    {
        if (ownAccount)
        {
            return ["不能修改自己的角色，请由另一位安全管理员办理。"];
        }

        var errors = new List<string>();
        if (CheckSeparationOfDuties(roles) is { } separation)
        {
            errors.Add(separation);
        }

        foreach (var site in grantedSites.DistinctBy(s => s.Name))
        {
            if (CheckGrant(accountUnitId, roles, site) is not null)
            {
                errors.Add($"该账号在“{site.Name}”上有站点授权，按所选角色该授权将不再有效，请先移除该授权再调整角色。");
            }
        }

        return errors;
    }
}
