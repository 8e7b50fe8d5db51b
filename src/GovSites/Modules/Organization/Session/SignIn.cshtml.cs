using System.ComponentModel.DataAnnotations;
using GovSites.Platform.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovSites.Modules.Organization.Session;

[AllowAnonymous]
public sealed class SignInModel(GovSitesSignInManager signIn, AuditRecorder audit, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入账号。")]
    [Display(Name = "账号")]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "请输入密码。")]
    [Display(Name = "密码")]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        var outcome = result.Succeeded ? "成功" : result.IsLockedOut ? "账号已锁定" : result.IsNotAllowed ? "账号已停用" : "密码错误或账号不存在";
        await audit.RecordAsync("SignIn", outcome, "Account", null, UserName.Trim());
        if (result.Succeeded)
        {
            logger.LogInformation("Staff sign-in succeeded for {UserName}", UserName);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }

        logger.LogWarning("Staff sign-in failed for {UserName}: {Result}", UserName, result);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "该账号因连续登录失败已被锁定 30 分钟，请稍后再试或联系安全管理员。"
            : "账号或密码不正确，或账号已停用。");
        return Page();
    }
}
