using GovSites.Modules.Publishing;
using GovSites.Modules.Search.Engine;
using GovSites.Modules.Search.Feeding;
using GovSites.Modules.Search.Public;
using GovSites.Platform.Cli;
using GovSites.Platform.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovSites.Modules.Search;

/// <summary>Search (issue 5): the full-text index of what is published, its feeding, and the public search.</summary>
public static class SearchModule
{
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ => PublishingOptions.From(configuration));
        services.TryAddSingleton<ReleasePaths>();
        services.AddSingleton(_ => new LuceneSearchIndex(Path.Combine(configuration.DataDirectory(), "search")));
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        services.AddSingleton(_ => SearchOptions.From(configuration));
        services.AddSingleton<SearchFeeder>();
        services.AddSingleton<SearchWakeUp>();
        services.AddSingleton<IReleaseObserver, SearchReleaseObserver>();
        services.AddHostedService<SearchFollower>();
        services.AddSingleton<ICommandLineVerb, ReindexVerb>();
        services.AddScoped<SearchSites>();
        services.AddSearchRateLimit(configuration);
        return services;
    }
}
