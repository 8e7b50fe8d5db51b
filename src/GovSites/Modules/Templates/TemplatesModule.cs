namespace GovSites.Modules.Templates;

public static class TemplatesModule
{
    public static IServiceCollection AddTemplates(this IServiceCollection services)
    {
        services.AddSingleton<IThemeRenderer, FluidThemeRenderer>();
        return services;
    }
}
