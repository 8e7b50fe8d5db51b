using GovSites.Modules.Publishing.Serving;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovSites.Modules.Publishing;

public static class ServingModule
{
    public static IServiceCollection AddReleaseServing(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ => PublishingOptions.From(configuration));
        services.TryAddSingleton<ReleasePaths>();
        services.Configure<ServingOptions>(configuration.GetSection(ServingOptions.Section));
        services.AddSingleton<LiveReleases>();
        services.AddSingleton<SiteHosts>();
        // The public sites say nothing about what serves them.
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        return services;
    }

    /// <summary>First in the pipeline: a published page costs no routing, authentication or session work.</summary>
    public static IApplicationBuilder UseReleaseServing(this IApplicationBuilder app) => app.UseMiddleware<ReleaseServer>();
}
