using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization.Accounts;

/// <summary>新增账号, by the platform admin. Roles and grants are given afterwards by the security admin (三权分立).</summary>
public sealed class NewModel(UserManager<Account> users, UnitAccess access, TimeProvider time) : PageModel
{
    public sealed class NewAccountInput
    {
        [Required(ErrorMessage = "请填写账号名。")]
        [StringLength(50, ErrorMessage = "账号名不能超过 50 个字符。")]
        public string UserName { get; set; } = string.Empty;

        [Required(ErrorMessage = "请填写姓名。")]
        [StringLength(50, ErrorMessage = "姓名不能超过 50 个字。")]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "请选择所属单位。")]
        public int? UnitId { get; set; }

        [Required(ErrorMessage = "请设置初始密码。")]
        public string Password { get; set; } = string.Empty;

        [Compare(nameof(Password), ErrorMessage = "两次输入的密码不一致。")]
        public string? ConfirmPassword { get; set; }
    }

    [BindProperty]
    public NewAccountInput Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!access.CanManageAccounts)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Units = await UnitOptions.LoadAsync(access);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!access.CanManageAccounts)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Units = await UnitOptions.LoadAsync(access, Input.UnitId);
        if (Input.UnitId is { } unitId && !await access.VisibleUnits().AnyAsync(u => u.Id == unitId))
        {
            ModelState.AddModelError("Input.UnitId", "所选单位不存在，请重新选择。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = new Account
        {
            UserName = Input.UserName.Trim(),
            DisplayName = Input.DisplayName.Trim(),
            UnitId = Input.UnitId!.Value,
            PasswordChangedAt = time.GetUtcNow(),
        };
        var result = await users.CreateAsync(account, Input.Password);
        if (!result.Succeeded)
        {
            AccountErrors.AddTo(ModelState, result, "Input.Password", "Input.UserName");
            return Page();
        }

        TempData["Message"] = $"已新增账号“{account.UserName}”（{account.DisplayName}）。请安全管理员为其分配角色和站点授权。";
        return Redirect($"/admin/accounts/{account.Id}");
    }
}
