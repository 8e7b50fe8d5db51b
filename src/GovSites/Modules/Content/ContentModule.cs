using GovSites.Modules.Content.Attachments;
using GovSites.Modules.Content.Html;

namespace GovSites.Modules.Content;

public static class ContentModule
{
    public static IServiceCollection AddContent(this IServiceCollection services) => services
        .AddAttachments()
        .AddVideoHosts();
}
