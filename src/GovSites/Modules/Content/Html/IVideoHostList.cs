namespace GovSites.Modules.Content.Html;

/// <summary>The host names whose videos an article may embed (iframes), as the platform admin set them.</summary>
public interface IVideoHostList
{
    Task<IReadOnlyCollection<string>> GetAsync();
}
