using System.Globalization;
using System.Security.Claims;

namespace GovSites.Modules.Organization;

/// <summary>The signed-in staff member, read from the request's claims. The one place that knows the claim names.</summary>
public sealed class CurrentStaff(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;

    public int AccountId => int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "0", CultureInfo.InvariantCulture);

    public int UnitId => int.Parse(User.FindFirstValue(AccountClaimsFactory.UnitIdClaim) ?? "0", CultureInfo.InvariantCulture);

    public string DisplayName => User.FindFirstValue(AccountClaimsFactory.DisplayNameClaim) ?? User.Identity?.Name ?? string.Empty;

    public bool IsIn(string role) => User.IsInRole(role);

    public bool IsInAny(params string[] roles) => roles.Any(User.IsInRole);

    public IReadOnlyList<string> Roles => RoleNames.All.Where(User.IsInRole).ToList();
}
