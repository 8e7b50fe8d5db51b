using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization.Accounts;

/// <summary>Reads accounts' roles in one query, in the order of <see cref="RoleNames.All"/>.</summary>
public static class AccountRoles
{
    public static async Task<ILookup<int, string>> ByAccountAsync(GovSitesDbContext db, int? accountId = null)
    {
        var query = db.UserRoles.AsQueryable();
        if (accountId is { } id)
        {
            query = query.Where(ur => ur.UserId == id);
        }

        var pairs = await query.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync();
        return pairs.Where(p => p.Name is not null)
            .OrderBy(p => Order(p.Name!))
            .ToLookup(p => p.UserId, p => p.Name!);
    }

    public static async Task<List<string>> OfAsync(GovSitesDbContext db, int accountId) =>
        [.. (await ByAccountAsync(db, accountId))[accountId]];

    public static string ToChinese(IEnumerable<string> roles) =>
        string.Join("、", roles.Select(RoleNames.ToChinese)) is { Length: > 0 } text ? text : "（尚无角色）";

    private static int Order(string role)
    {
        for (var i = 0; i < RoleNames.All.Count; i++)
        {
            if (RoleNames.All[i] == role)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
