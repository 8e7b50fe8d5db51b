using GovSites.Modules.Sites;
using GovSites.Modules.Templates;
using GovSites.Platform.Data;

namespace GovSites.Demo;

/// <summary>Main colours of the demo sites: the portal in government red, each unit site its own darker hue.</summary>
public sealed class DemoThemes(GovSitesDbContext db, TimeProvider time)
{
    public const string PortalColor = "#b31b1b";

    /// <summary>Each reaches 4.5:1 against white (DemoThemesTests), so white text on it passes WCAG AA.</summary>
    public static readonly string[] UnitColors =
        ["#1f5fa8", "#1b6e3c", "#0f6b70", "#5b3a8c", "#8a4b12", "#23408e", "#00677f", "#56642a", "#8b1e3f", "#3d5a80", "#2f6b2f"];

    public async Task SeedAsync(IEnumerable<Site> sites, CancellationToken cancellationToken)
    {
        var next = 0;
        foreach (var site in sites.OrderBy(s => s.Id))
        {
            var color = site.Kind == SiteKind.Portal ? PortalColor : UnitColors[next++ % UnitColors.Length];
            db.ThemeSettings.Add(new ThemeSettings { SiteId = site.Id, MainColor = color, UpdatedAt = time.GetUtcNow() });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
