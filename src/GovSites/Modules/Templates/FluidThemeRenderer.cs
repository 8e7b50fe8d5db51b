using System.Collections.Concurrent;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Templates;

/// <summary>
/// Loads a site's theme: the default templates with the site's overrides and its main colour. Parsed themes
/// are cached per site with their fingerprint: each load reads the (few, small) override rows, and parses
/// again only when the fingerprint changed — so a change saved in this process or another (the CLI) is
/// picked up on the next load without any invalidation message.
/// </summary>
public sealed class FluidThemeRenderer(IServiceScopeFactory scopes) : IThemeRenderer
{
    private readonly ConcurrentDictionary<int, FluidSiteTheme> cache = new();

    public async Task<SiteTheme> LoadAsync(int siteId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovSitesDbContext>();
        var (sources, color) = await ThemeSources.LoadAsync(db, siteId, cancellationToken);
        var fingerprint = FluidSiteTheme.ComputeFingerprint(sources, color);
        if (cache.TryGetValue(siteId, out var cached) && cached.Fingerprint == fingerprint)
        {
            return cached;
        }

        var theme = new FluidSiteTheme(sources, color);
        cache[siteId] = theme;
        return theme;
    }
}

/// <summary>The templates and colour a site's theme is made of: the default theme under the site's changes.</summary>
public static class ThemeSources
{
    public static async Task<(Dictionary<TemplateName, string> Sources, string MainColor)> LoadAsync(
        GovSitesDbContext db, int siteId, CancellationToken cancellationToken)
    {
        var sources = DefaultTheme.Sources.ToDictionary();
        var overrides = await db.TemplateOverrides.AsNoTracking().Where(t => t.SiteId == siteId)
            .Select(t => new { t.Name, t.Source }).ToListAsync(cancellationToken);
        foreach (var o in overrides)
        {
            sources[o.Name] = o.Source;
        }

        var color = await db.ThemeSettings.AsNoTracking().Where(t => t.SiteId == siteId)
            .Select(t => t.MainColor).SingleOrDefaultAsync(cancellationToken);
        return (sources, color ?? DefaultTheme.MainColor);
    }
}
