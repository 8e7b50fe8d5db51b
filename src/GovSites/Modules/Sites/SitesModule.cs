using GovSites.Modules.Sites.Channels;

namespace GovSites.Modules.Sites;

public static class SitesModule
{
    public static IServiceCollection AddSites(this IServiceCollection services)
    {
        services.AddScoped<SiteAccess>();
        services.AddScoped<SiteRules>();
        services.AddScoped<SaveSite>();
        services.AddScoped<ChannelRules>();
        services.AddScoped<SaveChannel>();
        services.AddScoped<DeleteChannel>();
        return services;
    }
}
