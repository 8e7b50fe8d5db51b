using GovSites.Platform.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovSites.Platform.Web;

internal sealed class DatabaseHealthCheck(GovSitesDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName} reachable")
                : HealthCheckResult.Unhealthy($"{db.Database.ProviderName} unreachable");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{db.Database.ProviderName} unreachable", e);
        }
    }
}
