using GovSites.Modules.Content.Articles;
using GovSites.Modules.Content.Attachments;
using GovSites.Modules.Content.Html;

namespace GovSites.Modules.Content;

public static class ContentModule
{
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddScoped<ArticleAccess>();
        services.AddSingleton<BodySanitizer>();
        services.AddScoped<ArticleBody>();
        ArticleEventSignal.Register(services);
        return services
            .AddAttachments()
            .AddVideoHosts();
    }
}
