using System.ComponentModel.DataAnnotations;
using GovSites.Modules.Organization.Passwords;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovSites.Modules.Organization.Session;

public sealed class ChangePasswordModel(UserManager<Account> users, PasswordChanger changer, GovSitesSignInManager signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入当前密码。")]
    public string CurrentPassword { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "请输入新密码。")]
    public string NewPassword { get; set; } = string.Empty;

    [BindProperty]
    [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致。")]
    public string ConfirmPassword { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public bool Expired { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        var result = await changer.ChangeAsync(account, CurrentPassword, NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(account);
        TempData["Message"] = "密码已修改。";
        return Redirect("/admin");
    }
}
