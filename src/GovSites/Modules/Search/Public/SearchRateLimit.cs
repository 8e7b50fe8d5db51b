using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace GovSites.Modules.Search.Public;

/// <summary>
/// Public search costs CPU: per client address a token bucket (default 20 a second, bursts of 20) answers the
/// excess with 429 and a Chinese message, never with a slow server. Settings under <c>GovSites:Search</c>.
/// </summary>
internal static class SearchRateLimit
{
    public const string Policy = "public-search";
    public const string Message = "检索过于频繁，请稍后再试。";

    public static IServiceCollection AddSearchRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perSecond = Math.Max(1, configuration.GetValue("GovSites:Search:RequestsPerSecond", 20));
        var burst = Math.Max(1, configuration.GetValue("GovSites:Search:Burst", 20));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = Math.Max(1, perSecond / 10),
                    ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = "1";
                if (context.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    await response.WriteAsJsonAsync(new SearchError("too_many_requests", Message), cancellationToken);
                }
                else
                {
                    response.ContentType = "text/html; charset=utf-8";
                    await response.WriteAsync(ResultsHtml.PlainPage("检索过于频繁", $"<p>{Message}</p>"), cancellationToken);
                }
            };
        });
        return services;
    }
}
