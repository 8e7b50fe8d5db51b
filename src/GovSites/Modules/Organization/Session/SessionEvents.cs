using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace GovSites.Modules.Organization.Session;

/// <summary>
/// Cookie events for staff sessions: the JSON API answers 401/403 instead of redirecting to a page,
/// and a session ends 12 hours after sign-in however active it is (DOMAIN.md §7).
/// </summary>
internal sealed class SessionEvents : CookieAuthenticationEvents
{
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(12);

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var issued = context.Properties.IssuedUtc;
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (issued is { } start && now - start > SessionLifetime)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request) ? Status(context, StatusCodes.Status401Unauthorized) : base.RedirectToLogin(context);

    /// <summary>
    /// A refusal answers 403 where it happens, for pages and the API alike, rather than redirecting: the
    /// status page explains it and DenialAudit records it.
    /// </summary>
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        Status(context, StatusCodes.Status403Forbidden);

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
