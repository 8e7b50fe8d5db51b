using GovSites.Modules.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovSites.Modules.Review;

public static class ReviewModule
{
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        // Content's services, in case Content does not register them itself (TryAdd: it wins when it does).
        services.TryAddScoped<ArticleAccess>();
        services.TryAddScoped<SiteDirectory>();
        services.AddScoped<ReviewActors>();
        services.AddScoped<Articles.SubmitForReview>();
        services.AddScoped<InboxQuery>();
        // A new chain and an existing one share the form; the new one is addressed by site (and channel).
        services.Configure<RazorPagesOptions>(o => o.Conventions.AddPageRoute("/Review/Chains/Edit", "/admin/review/chains/new"));
        return services;
    }
}
