using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovSites.Modules.Organization.Session;

public sealed class SignOutModel(GovSitesSignInManager signIn, UserManager<Account> users) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>Signing out also renews the security stamp, so copies of the session cookie stop working (DOMAIN.md §7).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } account)
        {
            await users.UpdateSecurityStampAsync(account);
        }

        await signIn.SignOutAsync();
        return Redirect("/admin/signin");
    }
}
