using GovSites.Modules.Publishing.Jobs;
using GovSites.Modules.Publishing.Releases;
using GovSites.Modules.Publishing.Rendering;

namespace GovSites.Modules.Publishing;

public static class PublishingModule
{
    public static IServiceCollection AddPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(PublishingOptions.From(configuration));
        services.AddSingleton<ReleasePaths>();
        services.AddSingleton<ReleaseStore>();
        services.AddScoped<SiteContextLoader>();
        services.AddScoped<LiveArticleLoader>();
        services.AddScoped<IncrementalPublish>();
        services.AddScoped<FullPublish>();
        services.AddScoped<PublishJobs>();
        services.AddScoped<JobRunner>();
        services.AddSingleton<Platform.Cli.ICommandLineVerb, PublishVerb>();
        services.AddHostedService<PublishWorker>();
        return services;
    }
}
