namespace GovSites.Modules.Sites;

public static class SitesModule
{
    public static IServiceCollection AddSites(this IServiceCollection services)
    {
        services.AddScoped<SiteAccess>();
        return services;
    }
}
