using GovSites.Modules.Content;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovSites.Modules.Submissions;

public static class SubmissionsModule
{
    public static IServiceCollection AddSubmissions(this IServiceCollection services)
    {
        // Content's services, in case Content does not register them itself (TryAdd: it wins when it does).
        services.TryAddScoped<ArticleAccess>();
        services.AddScoped<SubmissionAccess>();
        return services;
    }
}
