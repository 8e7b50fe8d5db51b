using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Sites;

/// <summary><c>/api/v1/sites</c>: the sites and channel trees the caller may see.</summary>
public static class SitesApi
{
    public sealed record SiteListItem(int Id, string Key, string Name, string Kind, string Status, string? SiteCode, int UnitId, string[] Domains);

    public sealed record ChannelItem(int Id, int? ParentId, string Key, string Name, string Type, string Category, int? UpdateMinItems, int? UpdatePeriodDays, int SortOrder);

    public static WebApplication MapSitesApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/sites").RequireAuthorization().WithTags("Sites");
        api.MapGet("/", async (SiteAccess access) =>
            await access.VisibleSites().OrderBy(s => s.Kind).ThenBy(s => s.Id)
                .Select(s => new SiteListItem(s.Id, s.Key, s.Name, s.Kind.ToString(), s.Status.ToString(), s.SiteCode, s.UnitId, s.Domains.Select(d => d.Host).ToArray()))
                .ToListAsync());
        api.MapGet("/{id:int}", async Task<IResult> (int id, SiteAccess access) =>
            await access.VisibleSites().Where(s => s.Id == id)
                .Select(s => new SiteListItem(s.Id, s.Key, s.Name, s.Kind.ToString(), s.Status.ToString(), s.SiteCode, s.UnitId, s.Domains.Select(d => d.Host).ToArray()))
                .SingleOrDefaultAsync() is { } site ? TypedResults.Ok(site) : TypedResults.NotFound());
        api.MapGet("/{id:int}/channels", async Task<IResult> (int id, SiteAccess access) =>
        {
            if (!await access.VisibleSites().AnyAsync(s => s.Id == id))
            {
                return TypedResults.NotFound();
            }

            var channels = await access.VisibleChannels().Where(c => c.SiteId == id).OrderBy(c => c.SortOrder)
                .Select(c => new ChannelItem(c.Id, c.ParentId, c.Key, c.Name, c.Type.ToString(), c.Category.ToString(), c.UpdateMinItems, c.UpdatePeriodDays, c.SortOrder))
                .ToListAsync();
            return TypedResults.Ok(channels);
        });
        return app;
    }
}
