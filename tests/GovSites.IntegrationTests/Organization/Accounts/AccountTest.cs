using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Organization;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Organization.Accounts;

/// <summary>Lookups the account page tests share.</summary>
public abstract class AccountTest(GovSitesFactory factory) : IntegrationTest(factory)
{
    protected Task<Account> AccountAsync(string userName) =>
        WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName));

    protected Task<int> UnitIdAsync(string name) =>
        WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// <summary>Signs in through the form and returns the status: 302 when it worked, 200 (the form with an error) when refused.</summary>
    protected async Task<System.Net.HttpStatusCode> TrySignInAsync(string userName, string password)
    {
        using var client = Anonymous();
        var response = await client.PostFormAsync("/admin/signin", new() { ["UserName"] = userName, ["Password"] = password });
        return response.StatusCode;
    }
}
