using GovSites.Platform.Audit;

namespace GovSites.Platform.Web;

/// <summary>
/// Records every 403 given to a signed-in user, with the refused path (DOMAIN.md §7: denials are audited),
/// whichever page, API or authorization policy refused it.
/// </summary>
internal sealed class DenialAudit(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AuditRecorder audit)
    {
        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status403Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var path = context.Request.Path.Value ?? string.Empty;
            await audit.RecordAsync("AccessDenied", "拒绝", "Path", path.Length > 100 ? path[..100] : path);
        }
    }
}
