using System.Globalization;
using GovSites.Modules.Organization.Passwords;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace GovSites.Modules.Organization.Session;

/// <summary>
/// DOMAIN.md §7: a password is changed every 90 days. A staff member whose password is older is sent to
/// the change-password page before any other admin page. The date rides in the sign-in cookie, so this
/// costs no query; changing the password refreshes the cookie.
/// </summary>
public sealed class PasswordExpiryFilter(TimeProvider time, IOptions<PasswordPolicy> policy) : IAsyncPageFilter
{
    private static readonly string[] ExemptPaths = ["/admin/password", "/admin/signout", "/admin/signin", "/admin/error"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var path = context.HttpContext.Request.Path;
        var claim = user.FindFirst(AccountClaimsFactory.PasswordChangedClaim)?.Value;
        if (user.Identity?.IsAuthenticated == true
            && claim is not null
            && !ExemptPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            && IsExpired(long.Parse(claim, CultureInfo.InvariantCulture)))
        {
            context.Result = new RedirectResult("/admin/password?expired=true");
            return;
        }

        await next();
    }

    private bool IsExpired(long changedUnixSeconds) =>
        time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(changedUnixSeconds) > TimeSpan.FromDays(policy.Value.MaximumAgeDays);
}
