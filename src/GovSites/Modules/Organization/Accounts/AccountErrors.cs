using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovSites.Modules.Organization.Accounts;

/// <summary>Puts Identity's (Chinese) errors beside the field they are about, and so also in the summary.</summary>
public static class AccountErrors
{
    public const string Conflict = "该记录已被他人修改，请刷新后重新编辑。";

    public static void AddTo(ModelStateDictionary modelState, IdentityResult result, string? passwordKey = null, string? userNameKey = null)
    {
        foreach (var error in result.Errors)
        {
            var key = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) && passwordKey is not null => passwordKey,
                nameof(IdentityErrorDescriber.InvalidUserName) or nameof(IdentityErrorDescriber.DuplicateUserName) when userNameKey is not null => userNameKey,
                _ => string.Empty,
            };
            var message = error.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure) ? Conflict : error.Description;
            modelState.AddModelError(key, message);
        }
    }
}
