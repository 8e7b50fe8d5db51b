using GovSites.IntegrationTests.Fixture;
using Microsoft.EntityFrameworkCore;
using static GovSites.IntegrationTests.Access.Outcome;

namespace GovSites.IntegrationTests.Access;

/// <summary>Role × foreign unit and foreign account: the pages and API of the Organization module.</summary>
public sealed class OrganizationScopingMatrixTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    public static TheoryData<string, Outcome, Outcome, Outcome> Matrix => new()
    {
        // user, another unit (page and API), another unit's account, that account's roles and grants
        { "admin", Shown, Shown, Shown },
        { "security", Shown, Shown, Shown },
        { "auditor", Shown, Shown, Shown },
        { "evaluator", Shown, Forbidden, Forbidden },
        { "funds", NotFound, Forbidden, Forbidden },
        { "portal.editor", NotFound, Forbidden, Forbidden },
        { "lbz.officer", NotFound, Forbidden, Forbidden },
        { "lbz.reviewer", NotFound, Forbidden, Forbidden },
        { "lbz.secrecy", NotFound, Forbidden, Forbidden },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task UnitAndAccountPages_ForeignUnit_AnswerAsTheRoleAllows(string user, Outcome unit, Outcome account, Outcome grants)
    {
        var (unitId, accountId) = await WithDbAsync(async db => (
            await db.Units.Where(u => u.Name == "双牌县教育局").Select(u => u.Id).SingleAsync(),
            await db.Users.Where(a => a.UserName == "jyj.officer").Select(a => a.Id).SingleAsync()));
        using var client = await SignInAsync(user);

        Assert.Equal(unit, OutcomeOf.Read(await client.Http.GetAsync(new Uri($"/admin/units/{unitId}", UriKind.Relative))));
        Assert.Equal(unit, OutcomeOf.Read(await client.Http.GetAsync(new Uri($"/api/v1/units/{unitId}", UriKind.Relative))));
        Assert.Equal(account, OutcomeOf.Read(await client.Http.GetAsync(new Uri($"/admin/accounts/{accountId}", UriKind.Relative))));
        Assert.Equal(account, OutcomeOf.Read(await client.Http.GetAsync(new Uri("/admin/accounts", UriKind.Relative))));
        Assert.Equal(grants, OutcomeOf.Read(await client.Http.GetAsync(new Uri($"/admin/accounts/{accountId}/grants", UriKind.Relative))));
    }

    [Theory]
    [InlineData("lbz.officer")]
    [InlineData("auditor")]
    [InlineData("security")]
    public async Task UnitEditPost_NotTheAdmin_ChangesNothing(string user)
    {
        var before = await WithDbAsync(db => db.Units.Where(u => u.Name == "双牌县教育局").Select(u => new { u.Id, u.Name, u.Version }).SingleAsync());
        using var client = await SignInAsync(user);

        var response = await client.PostFormAsync(
            "/admin/password",
            new() { ["Name"] = "被篡改的单位", ["Version"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            $"/admin/units/{before.Id}");

        Assert.NotEqual(Shown, OutcomeOf.Read(response));
        Assert.Equal(before, await WithDbAsync(db => db.Units.Where(u => u.Id == before.Id).Select(u => new { u.Id, u.Name, u.Version }).SingleAsync()));
    }

    [Fact]
    public async Task UnitList_UnitOfficer_ShowsOnlyTheOwnUnit()
    {
        using var client = await SignInAsync("lbz.officer");

        var api = await client.Http.GetStringAsync(new Uri("/api/v1/units", UriKind.Relative));

        Assert.Contains("泷泊镇人民政府", api, StringComparison.Ordinal);
        Assert.DoesNotContain("双牌县教育局", api, StringComparison.Ordinal);
    }
}
