using System.Globalization;
using System.Security.Claims;
using GovSites.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GovSites.Modules.Organization;

/// <summary>Adds the account's unit and display name to the sign-in cookie.</summary>
public sealed class AccountClaimsFactory(
    UserManager<Account> userManager,
    RoleManager<IdentityRole<int>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account, IdentityRole<int>>(userManager, roleManager, options)
{
    public const string UnitIdClaim = StaffClaims.UnitId;
    public const string DisplayNameClaim = StaffClaims.DisplayName;
    public const string PasswordChangedClaim = StaffClaims.PasswordChanged;

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UnitIdClaim, user.UnitId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        identity.AddClaim(new Claim(PasswordChangedClaim, user.PasswordChangedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
