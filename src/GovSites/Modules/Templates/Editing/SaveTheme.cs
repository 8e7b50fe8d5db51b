using System.Security.Claims;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Templates.Editing;

/// <summary>
/// Saves a site's template or colour after <see cref="ThemeCheck"/> accepted the whole theme; a refused
/// change saves nothing. Published pages change at the site's next publication (the renderer sees the
/// new fingerprint).
/// </summary>
public sealed class SaveTheme(GovSitesDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    public const string ConflictMessage = "该记录已被他人修改，请刷新后重新编辑。";

    /// <summary>Null when saved; else the reason in Chinese.</summary>
    public async Task<string?> SaveTemplateAsync(Site site, TemplateName name, string source, int version, CancellationToken ct)
    {
        var (sources, color) = await ThemeSources.LoadAsync(db, site.Id, ct);
        sources[name] = source.Replace("\r\n", "\n", StringComparison.Ordinal);
        var problem = ThemeCheck.Problem(sources, color, await PreviewSite.LoadAsync(db, site, color, ct));
        if (problem is not null)
        {
            return problem;
        }

        var row = await db.TemplateOverrides.SingleOrDefaultAsync(t => t.SiteId == site.Id && t.Name == name, ct);
        if (row is null)
        {
            if (version != 0)
            {
                return ConflictMessage;
            }

            // Version 1: a posted 0 means "there was no override", so two admins creating one at once conflict.
            row = new TemplateOverride { SiteId = site.Id, Name = name, Source = sources[name], Version = 1 };
            db.TemplateOverrides.Add(row);
        }
        else
        {
            db.Entry(row).Property(e => e.Version).OriginalValue = version;
            row.Source = sources[name];
        }

        Stamp(row);
        return await SaveAsync(ct);
    }

    public async Task<string?> RestoreDefaultAsync(Site site, TemplateName name, int version, CancellationToken ct)
    {
        var row = await db.TemplateOverrides.SingleOrDefaultAsync(t => t.SiteId == site.Id && t.Name == name, ct);
        if (row is null || row.Version != version)
        {
            return row is null && version == 0 ? null : ConflictMessage;
        }

        db.TemplateOverrides.Remove(row);
        return await SaveAsync(ct);
    }

    public async Task<string?> SaveColorAsync(Site site, string color, int version, CancellationToken ct)
    {
        color = ThemeColor.Normalize(color);
        if (ThemeColor.Check(color) is { } refused)
        {
            return refused;
        }

        var row = await db.ThemeSettings.SingleOrDefaultAsync(t => t.SiteId == site.Id, ct);
        if (row is null)
        {
            if (version != 0)
            {
                return ConflictMessage;
            }

            row = new ThemeSettings { SiteId = site.Id, MainColor = color, Version = 1 };
            db.ThemeSettings.Add(row);
        }
        else
        {
            db.Entry(row).Property(e => e.Version).OriginalValue = version;
            row.MainColor = color;
        }

        row.UpdatedAt = time.GetUtcNow();
        row.UpdatedById = CurrentAccountId();
        return await SaveAsync(ct);
    }

    private void Stamp(TemplateOverride row)
    {
        row.UpdatedAt = time.GetUtcNow();
        row.UpdatedById = CurrentAccountId();
    }

    private int? CurrentAccountId() =>
        int.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private async Task<string?> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            // A concurrent edit: version mismatch, or another admin created the same override first.
            return ConflictMessage;
        }
    }
}
