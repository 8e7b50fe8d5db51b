using System.ComponentModel.DataAnnotations;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization.Accounts;

/// <summary>
/// 账号详情: the platform admin edits the name and unit, disables, enables and unlocks the account; the
/// security admin and the auditor read it.
/// </summary>
public sealed class EditModel(GovSitesDbContext db, UserManager<Account> users, UnitAccess access, CurrentStaff staff, TimeProvider time) : PageModel
{
    public sealed class AccountInput
    {
        [Required(ErrorMessage = "请填写姓名。")]
        [StringLength(50, ErrorMessage = "姓名不能超过 50 个字。")]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "请选择所属单位。")]
        public int? UnitId { get; set; }

        public int Version { get; set; }
    }

    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public Account Account { get; private set; } = null!;

    public string Roles { get; private set; } = string.Empty;

    public int GrantCount { get; private set; }

    /// <summary>Why a state button (disable, enable, unlock) was refused; shown beside those buttons.</summary>
    public string? StateError { get; private set; }

    public List<SelectListItem> Units { get; private set; } = [];

    public bool CanManage => access.CanManageAccounts;

    public bool IsSelf => Account.Id == staff.AccountId;

    public DateTimeOffset? LockedUntil => Account.LockoutEnd > time.GetUtcNow() ? Account.LockoutEnd : null;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id, forChange: false) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id, forChange: true) is { } refused)
        {
            return refused;
        }

        if (Input.UnitId is { } unitId && unitId != Account.UnitId)
        {
            if (!await access.VisibleUnits().AnyAsync(u => u.Id == unitId))
            {
                ModelState.AddModelError("Input.UnitId", "所选单位不存在，请重新选择。");
            }
            else if (GrantCount > 0)
            {
                // A grant is only valid on the account's own unit's site; moving the account would leave it wrong.
                ModelState.AddModelError("Input.UnitId", $"该账号还有 {GrantCount} 项站点授权。调整所属单位前，请安全管理员先移除这些授权。");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Account.DisplayName = Input.DisplayName.Trim();
        Account.UnitId = Input.UnitId!.Value;
        db.Entry(Account).Property(a => a.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, AccountErrors.Conflict);
            return Page();
        }

        return Done($"已保存账号“{Account.UserName}”。");
    }

    /// <summary>Disabling also renews the security stamp, so the account's live sessions end at their next request (DOMAIN.md §7).</summary>
    public async Task<IActionResult> OnPostDisableAsync(int id)
    {
        if (await LoadAsync(id, forChange: true, keepInput: false) is { } refused)
        {
            return refused;
        }

        if (IsSelf)
        {
            StateError = "不能停用自己的账号。";
            return Page();
        }

        Account.IsDisabled = true;
        return await SaveStateAsync(await users.UpdateSecurityStampAsync(Account), $"已停用账号“{Account.UserName}”，其登录状态已全部失效。");
    }

    public async Task<IActionResult> OnPostEnableAsync(int id)
    {
        if (await LoadAsync(id, forChange: true, keepInput: false) is { } refused)
        {
            return refused;
        }

        Account.IsDisabled = false;
        return await SaveStateAsync(await users.UpdateAsync(Account), $"已启用账号“{Account.UserName}”。");
    }

    public async Task<IActionResult> OnPostUnlockAsync(int id)
    {
        if (await LoadAsync(id, forChange: true, keepInput: false) is { } refused)
        {
            return refused;
        }

        var result = await users.SetLockoutEndDateAsync(Account, null);
        if (result.Succeeded)
        {
            result = await users.ResetAccessFailedCountAsync(Account);
        }

        return await SaveStateAsync(result, $"已解除账号“{Account.UserName}”的锁定。");
    }

    private async Task<IActionResult> SaveStateAsync(IdentityResult result, string message)
    {
        if (result.Succeeded)
        {
            return Done(message);
        }

        StateError = string.Join(" ", result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure) ? AccountErrors.Conflict : e.Description));
        return Page();
    }

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect($"/admin/accounts/{Account.Id}");
    }

    /// <summary>404 for an unknown id; 403 for roles that may not read accounts, or change them when <paramref name="forChange"/>.</summary>
    private async Task<IActionResult?> LoadAsync(int id, bool forChange, bool keepInput = true)
    {
        if (!access.CanReadAccounts || (forChange && !access.CanManageAccounts))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await db.Users.Include(a => a.Unit).SingleOrDefaultAsync(a => a.Id == id) is not { } account)
        {
            return NotFound();
        }

        Account = account;
        Roles = AccountRoles.ToChinese(await AccountRoles.OfAsync(db, id));
        GrantCount = await db.Grants.CountAsync(g => g.AccountId == id);
        if (!forChange || !keepInput)
        {
            // A state button posts no form fields: show the saved ones, without their "required" errors.
            ModelState.Clear();
            Input = new AccountInput { DisplayName = account.DisplayName, UnitId = account.UnitId, Version = account.Version };
        }

        Units = await UnitOptions.LoadAsync(access, Input.UnitId);
        return null;
    }
}
