using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization;

/// <summary><c>/api/v1/units</c>: the units the caller may see.</summary>
public static class OrganizationApi
{
    public sealed record UnitListItem(int Id, string Name, string Kind, string CreditCode);

    public static WebApplication MapOrganizationApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/units").RequireAuthorization().WithTags("Organization");
        api.MapGet("/", async (UnitAccess access) =>
            await access.VisibleUnits().OrderBy(u => u.SortOrder)
                .Select(u => new UnitListItem(u.Id, u.Name, u.Kind.ToString(), u.CreditCode))
                .ToListAsync());
        api.MapGet("/{id:int}", async Task<IResult> (int id, UnitAccess access) =>
            await access.VisibleUnits().Where(u => u.Id == id)
                .Select(u => new UnitListItem(u.Id, u.Name, u.Kind.ToString(), u.CreditCode))
                .SingleOrDefaultAsync() is { } unit ? TypedResults.Ok(unit) : TypedResults.NotFound());
        return app;
    }
}
