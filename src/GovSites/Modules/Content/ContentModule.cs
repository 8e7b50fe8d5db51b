using GovSites.Modules.Content.Attachments;

namespace GovSites.Modules.Content;

public static class ContentModule
{
    public static IServiceCollection AddContent(this IServiceCollection services) => services
        .AddAttachments();
}
