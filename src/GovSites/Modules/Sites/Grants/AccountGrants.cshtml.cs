using GovSites.Modules.Organization;
using GovSites.Modules.Organization.Accounts;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites.Grants;

/// <summary>
/// 角色与授权 of one account: the security admin ticks its roles and grants it sites or channels; the
/// platform admin and the auditor read them. It lives in Sites because grants name sites and channels,
/// and Organization may not use the Sites module (DESIGN.md).
/// </summary>
public sealed class AccountGrantsModel(
    GovSitesDbContext db, SiteAccess sites, UnitAccess units, CurrentStaff staff, UserManager<Account> users, TimeProvider time) : PageModel
{
    private readonly GrantQueries queries = new(db, sites);

    public Account Account { get; private set; } = null!;

    public List<string> Roles { get; private set; } = [];

    public List<GrantQueries.GrantRow> Grants { get; private set; } = [];

    public List<GrantQueries.SiteOption> EligibleSites { get; private set; } = [];

    public List<GrantQueries.ChannelOption> Channels { get; private set; } = [];

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? SiteId { get; set; }

    [BindProperty]
    public int? ChannelId { get; set; }

    public List<string> RoleErrors { get; } = [];

    public List<string> GrantErrors { get; } = [];

    public bool IsSelf => Account.Id == staff.AccountId;

    public bool CanManage => units.CanManageGrants && !IsSelf;

    public GrantQueries.SiteOption? ChosenSite => EligibleSites.FirstOrDefault(s => s.Id == SiteId);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id, forChange: false) is { } refused)
        {
            return refused;
        }

        SelectedRoles = Roles;
        Version = Account.Version;
        return Page();
    }

    /// <summary>Saves the ticked roles and renews the security stamp, so the account's sessions end and the change holds at once.</summary>
    public async Task<IActionResult> OnPostRolesAsync(int id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
        {
            return refused;
        }

        var wanted = RoleNames.All.Where(SelectedRoles.Contains).ToList();
        SelectedRoles = wanted;
        RoleErrors.AddRange(RoleRules.CheckRoleChange(IsSelf, Account.UnitId, wanted, await queries.GrantedSitesAsync(id)));
        if (RoleErrors.Count == 0 && Account.Version != Version)
        {
            // Compared here rather than as the Version's original value: Identity's UserStore attaches the
            // account, which resets original values. Its own ConcurrencyStamp check covers a save racing this one.
            RoleErrors.Add(AccountErrors.Conflict);
        }

        if (RoleErrors.Count > 0)
        {
            return Page();
        }

        var roleIds = await db.Roles.Where(r => r.Name != null).ToDictionaryAsync(r => r.Name!, r => r.Id);
        var held = await db.UserRoles.Where(ur => ur.UserId == id).ToListAsync();
        db.UserRoles.RemoveRange(held.Where(ur => !wanted.Any(r => roleIds.GetValueOrDefault(r) == ur.RoleId)));
        db.UserRoles.AddRange(wanted.Where(r => roleIds.ContainsKey(r) && !held.Any(ur => ur.RoleId == roleIds[r]))
            .Select(r => new IdentityUserRole<int> { UserId = id, RoleId = roleIds[r] }));
        var result = await users.UpdateSecurityStampAsync(Account);
        if (!result.Succeeded)
        {
            RoleErrors.AddRange(result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure) ? AccountErrors.Conflict : e.Description));
            return Page();
        }

        return Done(id, $"已保存“{Account.DisplayName}”的角色：{AccountRoles.ToChinese(wanted)}。其已登录的会话已失效，重新登录后生效。");
    }

    public async Task<IActionResult> OnPostAddAsync(int id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
        {
            return refused;
        }

        if (await CheckNewGrantAsync(id) is { } error)
        {
            GrantErrors.Add(error);
            return Page();
        }

        db.Grants.Add(new Grant { AccountId = id, SiteId = SiteId!.Value, ChannelId = ChannelId, GrantedAt = time.GetUtcNow(), GrantedById = staff.AccountId });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The same grant was added by someone else after our check (unique index).
            GrantErrors.Add("该账号已有这项授权。");
            return Page();
        }

        return Done(id, $"已为“{Account.DisplayName}”添加授权。");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int grantId)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
        {
            return refused;
        }

        if (await db.Grants.SingleOrDefaultAsync(g => g.Id == grantId && g.AccountId == id) is not { } grant)
        {
            return NotFound();
        }

        if (IsSelf)
        {
            GrantErrors.Add("不能修改自己的授权，请由另一位安全管理员办理。");
            return Page();
        }

        db.Grants.Remove(grant);
        await db.SaveChangesAsync();
        return Done(id, $"已移除“{Account.DisplayName}”的一项授权。");
    }

    private async Task<string?> CheckNewGrantAsync(int id)
    {
        if (IsSelf)
        {
            return "不能修改自己的授权，请由另一位安全管理员办理。";
        }

        if (SiteId is not { } siteId || await queries.SiteAsync(siteId) is not { } site)
        {
            return "请选择站点。";
        }

        if (RoleRules.CheckGrant(Account.UnitId, Roles, site.ToGrantSite()) is { } refusal)
        {
            return refusal;
        }

        if (ChannelId is { } channelId && await queries.SiteOfChannelAsync(channelId) != siteId)
        {
            return $"所选栏目不属于“{site.Name}”，请重新选择。";
        }

        var existing = await db.Grants.Where(g => g.AccountId == id && g.SiteId == siteId).Select(g => g.ChannelId).ToListAsync();
        if (existing.Contains(ChannelId))
        {
            return "该账号已有这项授权。";
        }

        return ChannelId is not null && existing.Contains(null)
            ? $"该账号已有“{site.Name}”整个站点的授权，无需再单独授权栏目。"
            : null;
    }

    private RedirectResult Done(int id, string message)
    {
        TempData["Message"] = message;
        return Redirect($"/admin/accounts/{id}/grants");
    }

    /// <summary>404 for an unknown account; 403 for roles that may not read accounts, or change grants when <paramref name="forChange"/>.</summary>
    private async Task<IActionResult?> LoadAsync(int id, bool forChange)
    {
        if (!units.CanReadAccounts || (forChange && !units.CanManageGrants))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await db.Users.Include(a => a.Unit).SingleOrDefaultAsync(a => a.Id == id) is not { } account)
        {
            return NotFound();
        }

        Account = account;
        Roles = await AccountRoles.OfAsync(db, id);
        Grants = await queries.GrantsOfAsync(id);
        EligibleSites = await queries.EligibleSitesAsync(account.UnitId, Roles);
        SiteId ??= EligibleSites.Count == 1 ? EligibleSites[0].Id : null;
        Channels = ChosenSite is { } chosen ? await queries.ChannelsOfAsync(chosen.Id) : [];
        return null;
    }
}
