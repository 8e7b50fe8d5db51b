using System.ComponentModel.DataAnnotations;
using GovSites.Modules.Organization.Passwords;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization.Accounts;

/// <summary>重置密码, by the platform admin, through the same rules and history as a change by the owner.</summary>
public sealed class ResetPasswordModel(GovSitesDbContext db, PasswordChanger changer, UnitAccess access, CurrentStaff staff) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入新密码。")]
    public string NewPassword { get; set; } = string.Empty;

    [BindProperty]
    [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致。")]
    public string? ConfirmPassword { get; set; }

    public Account Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await changer.ResetAsync(Account, NewPassword);
        if (!result.Succeeded)
        {
            AccountErrors.AddTo(ModelState, result, nameof(NewPassword));
            return Page();
        }

        TempData["Message"] = $"已重置账号“{Account.UserName}”的密码，其已登录的会话已失效。请通过安全的方式告知本人，并提醒其登录后立即修改。";
        return Redirect($"/admin/accounts/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (!access.CanReadAccounts)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await db.Users.SingleOrDefaultAsync(a => a.Id == id) is not { } account)
        {
            return NotFound();
        }

        // One's own password is changed with the current one, on /admin/password.
        if (!access.CanManageAccounts || account.Id == staff.AccountId)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Account = account;
        return null;
    }
}
