namespace GovSites.Modules.Search.Feeding;

/// <summary>Search settings (<c>GovSites:Search</c>).</summary>
public sealed class SearchOptions
{
    /// <summary>How often the follower looks for releases it was not told about (another process's). Default 2 s.</summary>
    public TimeSpan FollowInterval { get; init; } = TimeSpan.FromSeconds(2);

    public static SearchOptions From(IConfiguration configuration) => new()
    {
        FollowInterval = TimeSpan.FromMilliseconds(Math.Clamp(configuration.GetValue("GovSites:Search:FollowMilliseconds", 2000), 100, 600_000)),
    };
}
