namespace GovSites.Modules.Content.Html;

public static class VideoHostsSetup
{
    public static IServiceCollection AddVideoHosts(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<VideoHostList>();
        services.AddScoped<IVideoHostList>(sp => sp.GetRequiredService<VideoHostList>());
        return services;
    }
}
