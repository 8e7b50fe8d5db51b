using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization.Accounts;

/// <summary>账号一览, for the platform admin, the security admin and the auditor.</summary>
public sealed class IndexModel(GovSitesDbContext db, UnitAccess access, TimeProvider time) : PageModel
{
    public sealed record Row(int Id, string UserName, string DisplayName, string UnitName, string Roles, bool IsDisabled, DateTimeOffset? LockedUntil, DateTimeOffset PasswordChangedAt);

    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    public List<Row> Rows { get; private set; } = [];

    public List<SelectListItem> Units { get; private set; } = [];

    public bool CanManage => access.CanManageAccounts;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!access.CanReadAccounts)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Units = await UnitOptions.LoadAsync(access, UnitId);
        var query = db.Users.AsNoTracking();
        if (UnitId is { } unitId)
        {
            query = query.Where(a => a.UnitId == unitId);
        }

        if (Role is { } role && RoleNames.All.Contains(role))
        {
            query = query.Where(a => db.UserRoles.Any(ur => ur.UserId == a.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }
        else
        {
            Role = null;
        }

        var accounts = await query.OrderBy(a => a.Unit!.SortOrder).ThenBy(a => a.UserName)
            .Select(a => new { a.Id, a.UserName, a.DisplayName, Unit = a.Unit!.Name, a.IsDisabled, a.LockoutEnd, a.PasswordChangedAt })
            .ToListAsync();
        var roles = await AccountRoles.ByAccountAsync(db);
        var now = time.GetUtcNow();
        Rows = accounts.Select(a => new Row(
            a.Id, a.UserName!, a.DisplayName, a.Unit, AccountRoles.ToChinese(roles[a.Id]), a.IsDisabled,
            a.LockoutEnd > now ? a.LockoutEnd : null, a.PasswordChangedAt)).ToList();
        return Page();
    }
}
