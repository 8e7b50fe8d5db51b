using System.Globalization;
using System.Security.Claims;
using GovSites.Platform.Security;

namespace GovSites.Platform.Audit;

/// <summary>Who did it and from where: the signed-in staff member of the current request, or the command line.</summary>
public sealed record AuditActor(int? AccountId, string UserName, int? UnitId, string? Address)
{
    public static AuditActor From(HttpContext? context)
    {
        if (context is null)
        {
            return new AuditActor(null, $"命令行:{Environment.UserName}", null, null);
        }

        var user = context.User;
        var address = context.Connection.RemoteIpAddress?.ToString();
        if (user.Identity?.IsAuthenticated != true)
        {
            return new AuditActor(null, "匿名", null, address);
        }

        return new AuditActor(
            ParseInt(user.FindFirstValue(ClaimTypes.NameIdentifier)),
            user.Identity.Name ?? string.Empty,
            ParseInt(user.FindFirstValue(StaffClaims.UnitId)),
            address);
    }

    private static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
