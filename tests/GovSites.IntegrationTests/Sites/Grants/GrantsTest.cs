using System.Globalization;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Organization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Sites.Grants;

/// <summary>Lookups and arrangements the grants page tests share.</summary>
public abstract class GrantsTest(GovSitesFactory factory) : IntegrationTest(factory)
{
    protected static string PagePath(int accountId) => $"/admin/accounts/{accountId}/grants";

    protected Task<int> AccountIdAsync(string userName) =>
        WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    protected Task<int> SiteIdAsync(string key) => WithDbAsync(db => db.Sites.Where(s => s.Key == key).Select(s => s.Id).SingleAsync());

    protected Task<int> ChannelIdAsync(string siteKey, string channelKey) =>
        WithDbAsync(db => db.Channels.Where(c => c.Key == channelKey && db.Sites.Any(s => s.Id == c.SiteId && s.Key == siteKey)).Select(c => c.Id).SingleAsync());

    protected Task<List<string>> RolesOfAsync(int accountId) => WithDbAsync(db =>
        db.UserRoles.Where(ur => ur.UserId == accountId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).OrderBy(n => n).ToListAsync());

    protected Task<List<Grant>> GrantsOfAsync(int accountId) => WithDbAsync(db => db.Grants.AsNoTracking().Where(g => g.AccountId == accountId).ToListAsync());

    protected Task<int> VersionOfAsync(int accountId) => WithDbAsync(db => db.Users.Where(u => u.Id == accountId).Select(u => u.Version).SingleAsync());

    /// <summary>A new account of the named unit with one role and no grants.</summary>
    protected async Task<int> AddAccountAsync(string userName, string unitName, string role)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovSites.Platform.Data.GovSitesDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var unitId = await db.Units.Where(u => u.Name == unitName).Select(u => u.Id).SingleAsync();
        var account = new Account { UserName = userName, DisplayName = "测试", UnitId = unitId, PasswordChangedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(account, "Kx7#mQ2!pLw9vR")).Succeeded);
        Assert.True((await users.AddToRoleAsync(account, role)).Succeeded);
        return account.Id;
    }

    protected static Dictionary<string, string> RoleFields(int version, params string[] roles)
    {
        var fields = new Dictionary<string, string> { ["Version"] = version.ToString(CultureInfo.InvariantCulture) };
        // FormUrlEncodedContent takes a dictionary, so repeated names are indexed, which model binding reads as a list.
        for (var i = 0; i < roles.Length; i++)
        {
            fields[$"SelectedRoles[{i}]"] = roles[i];
        }

        return fields;
    }

    protected static Dictionary<string, string> GrantFields(int siteId, int? channelId = null) => new()
    {
        ["SiteId"] = siteId.ToString(CultureInfo.InvariantCulture),
        ["ChannelId"] = channelId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
