using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Organization;

namespace GovSites.IntegrationTests.Sites.Grants;

public sealed class RolesTests(GovSitesFactory factory) : GrantsTest(factory)
{
    [Fact]
    public async Task Roles_SecurityAdmin_SavesTheRolesAndEndsTheAccountsSessions()
    {
        var officer = await AccountIdAsync("lbz.officer");
        using var session = await SignInAsync("lbz.officer");
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync(PagePath(officer), RoleFields(await VersionOfAsync(officer), RoleNames.InfoOfficer, RoleNames.Reviewer), PagePath(officer) + "?handler=Roles");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([RoleNames.InfoOfficer, RoleNames.Reviewer], await RolesOfAsync(officer));
        var (after, _) = await session.GetPageAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/admin/signin", after.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin", RoleNames.PlatformAdmin, RoleNames.Auditor)]
    [InlineData("auditor", RoleNames.Auditor, RoleNames.SecurityAdmin)]
    [InlineData("evaluator", RoleNames.PlatformAdmin, RoleNames.SecurityAdmin)]
    public async Task Roles_TwoOfTheThreeAdministrators_AreRefusedAndNothingChanges(string userName, string first, string second)
    {
        var account = await AccountIdAsync(userName);
        var before = await RolesOfAsync(account);
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync(PagePath(account), RoleFields(await VersionOfAsync(account), first, second), PagePath(account) + "?handler=Roles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("三权分立", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("三权分立", page.QuerySelector("#roles-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await RolesOfAsync(account));
    }

    [Fact]
    public async Task Roles_OwnAccount_AreRefused()
    {
        var security = await AccountIdAsync("security");
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync(PagePath(security), RoleFields(await VersionOfAsync(security), RoleNames.SecurityAdmin, RoleNames.Evaluator), PagePath(security) + "?handler=Roles");

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("不能修改自己的角色", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([RoleNames.SecurityAdmin], await RolesOfAsync(security));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("auditor")]
    [InlineData("lbz.reviewer")]
    public async Task Roles_PostedByOtherRoles_Get403AndNothingChanges(string userName)
    {
        var officer = await AccountIdAsync("lbz.officer");
        using var client = await SignInAsync(userName);

        var response = await client.PostFormAsync("/admin", RoleFields(await VersionOfAsync(officer), RoleNames.Evaluator), PagePath(officer) + "?handler=Roles");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal([RoleNames.InfoOfficer], await RolesOfAsync(officer));
    }

    [Fact]
    public async Task Roles_RemovingTheSiteRoleOfAnAccountWithGrants_IsRefused()
    {
        var officer = await AccountIdAsync("lbz.officer");
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync(PagePath(officer), RoleFields(await VersionOfAsync(officer), RoleNames.Evaluator), PagePath(officer) + "?handler=Roles");

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("请先移除该授权", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([RoleNames.InfoOfficer], await RolesOfAsync(officer));
    }

    [Fact]
    public async Task Roles_TwoSavesFromTheSameVersion_SecondGetsTheConflictMessageAndTheFirstStays()
    {
        var funds = await AccountIdAsync("funds");
        var version = await VersionOfAsync(funds);
        using var client = await SignInAsync("security");

        var first = await client.PostFormAsync(PagePath(funds), RoleFields(version, RoleNames.FundsChecker, RoleNames.Evaluator), PagePath(funds) + "?handler=Roles");
        var second = await client.PostFormAsync(PagePath(funds), RoleFields(version, RoleNames.Auditor), PagePath(funds) + "?handler=Roles");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var page = await StaffClient.ReadDocumentAsync(second);
        Assert.Contains("该记录已被他人修改，请刷新后重新编辑。", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([RoleNames.Evaluator, RoleNames.FundsChecker], await RolesOfAsync(funds));
    }
}
