namespace GovSites.Modules.Content.Html;

/// <summary>The https hosts whose video iframes may stay in an article body (the platform admin controls the list).</summary>
public interface IVideoHostList
{
    Task<IReadOnlyCollection<string>> GetAsync();
}

/// <summary>Until the admin can maintain the list, no video host is allowed: every iframe is removed.</summary>
internal sealed class NoVideoHosts : IVideoHostList
{
    public Task<IReadOnlyCollection<string>> GetAsync() => Task.FromResult<IReadOnlyCollection<string>>([]);
}
