using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Organization;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Sites.Grants;

public sealed class AddRemoveTests(GovSitesFactory factory) : GrantsTest(factory)
{
    [Fact]
    public async Task Add_ChannelOfOwnUnitsSite_IsSavedWithTheGrantor()
    {
        var reviewer = await AccountIdAsync("lbz.reviewer");
        await WithDbAsync(db => db.Grants.Where(g => g.AccountId == reviewer).ExecuteDeleteAsync());
        var site = await SiteIdAsync("lbz");
        var channel = await ChannelIdAsync("lbz", "tzgg");
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync(PagePath(reviewer), GrantFields(site, channel), PagePath(reviewer) + "?handler=Add");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var grant = Assert.Single(await GrantsOfAsync(reviewer));
        Assert.Equal((site, channel, await AccountIdAsync("security")), (grant.SiteId, grant.ChannelId, grant.GrantedById));
        var (_, page) = await client.GetPageAsync(PagePath(reviewer));
        Assert.Equal("通知公告", page.QuerySelector("tbody td[data-label=栏目]")!.TextContent);
    }

    [Fact]
    public async Task Add_SiteOfAnotherUnit_IsRefusedAndNothingAdded()
    {
        var officer = await AccountIdAsync("lbz.officer");
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync(PagePath(officer), GrantFields(await SiteIdAsync("jcz")), PagePath(officer) + "?handler=Add");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("“江村镇人民政府”不是该账号所在单位的站点", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await GrantsOfAsync(officer));
    }

    [Fact]
    public async Task Add_PortalToAnInfoOfficerOfAnotherUnit_IsRefused()
    {
        var officer = await AccountIdAsync("lbz.officer");
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync(PagePath(officer), GrantFields(await SiteIdAsync("portal")), PagePath(officer) + "?handler=Add");

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("是门户网站，只能授权给门户编辑", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await GrantsOfAsync(officer));
    }

    [Fact]
    public async Task Add_PortalToAPortalEditorOfAnotherUnit_IsAllowed()
    {
        var editor = await AddAccountAsync("jcz.editor", "江村镇人民政府", RoleNames.PortalEditor);
        using var client = await SignInAsync("security");
        var (_, form) = await client.GetPageAsync(PagePath(editor));

        var response = await client.PostFormAsync(PagePath(editor), GrantFields(await SiteIdAsync("portal")), PagePath(editor) + "?handler=Add");

        Assert.Equal(["双牌县人民政府", "江村镇人民政府"], form.QuerySelectorAll("#siteId option").Select(o => o.TextContent));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(await SiteIdAsync("portal"), Assert.Single(await GrantsOfAsync(editor)).SiteId);
    }

    [Fact]
    public async Task Add_ChannelOfAnotherSite_IsRefused()
    {
        var reviewer = await AccountIdAsync("lbz.reviewer");
        await WithDbAsync(db => db.Grants.Where(g => g.AccountId == reviewer).ExecuteDeleteAsync());
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync(PagePath(reviewer), GrantFields(await SiteIdAsync("lbz"), await ChannelIdAsync("jcz", "tzgg")), PagePath(reviewer) + "?handler=Add");

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("所选栏目不属于“泷泊镇人民政府”", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await GrantsOfAsync(reviewer));
    }

    [Fact]
    public async Task Add_SameGrantTwice_IsRefused()
    {
        var officer = await AccountIdAsync("lbz.officer");
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync(PagePath(officer), GrantFields(await SiteIdAsync("lbz")), PagePath(officer) + "?handler=Add");

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("该账号已有这项授权", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await GrantsOfAsync(officer));
    }

    [Fact]
    public async Task Add_ChannelOfASiteAlreadyGrantedWhole_IsRefused()
    {
        var officer = await AccountIdAsync("lbz.officer");
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync(PagePath(officer), GrantFields(await SiteIdAsync("lbz"), await ChannelIdAsync("lbz", "tzgg")), PagePath(officer) + "?handler=Add");

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("整个站点的授权，无需再单独授权栏目", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await GrantsOfAsync(officer));
    }

    [Fact]
    public async Task Add_AccountWithoutASiteRole_IsRefused()
    {
        var evaluator = await AccountIdAsync("evaluator");
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync(PagePath(evaluator), GrantFields(await SiteIdAsync("portal")), PagePath(evaluator) + "?handler=Add");

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("请先为其分配角色", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await GrantsOfAsync(evaluator));
    }

    [Fact]
    public async Task Add_ToOwnAccount_IsRefused()
    {
        var security = await AccountIdAsync("security");
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync("/admin", GrantFields(await SiteIdAsync("portal")), PagePath(security) + "?handler=Add");

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("不能修改自己的授权", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await GrantsOfAsync(security));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("auditor")]
    public async Task AddAndRemove_ByReadOnlyRoles_Get403AndNothingChanges(string userName)
    {
        var reviewer = await AccountIdAsync("lbz.reviewer");
        var grant = Assert.Single(await GrantsOfAsync(reviewer));
        using var client = await SignInAsync(userName);

        var add = await client.PostFormAsync("/admin", GrantFields(grant.SiteId, await ChannelIdAsync("lbz", "tzgg")), PagePath(reviewer) + "?handler=Add");
        var remove = await client.PostFormAsync("/admin", [], $"{PagePath(reviewer)}?handler=Remove&grantId={grant.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Equal(grant.Id, Assert.Single(await GrantsOfAsync(reviewer)).Id);
    }

    [Fact]
    public async Task Remove_SecurityAdmin_RemovesTheGrant()
    {
        var officer = await AccountIdAsync("lbz.officer");
        var grant = Assert.Single(await GrantsOfAsync(officer));
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync(PagePath(officer), [], $"{PagePath(officer)}?handler=Remove&grantId={grant.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await GrantsOfAsync(officer));
    }

    [Fact]
    public async Task Remove_GrantOfAnotherAccount_Returns404AndKeepsIt()
    {
        var officer = await AccountIdAsync("lbz.officer");
        var reviewerGrant = Assert.Single(await GrantsOfAsync(await AccountIdAsync("lbz.reviewer")));
        using var client = await SignInAsync("security");

        var response = await client.PostFormAsync(PagePath(officer), [], $"{PagePath(officer)}?handler=Remove&grantId={reviewerGrant.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await WithDbAsync(db => db.Grants.AnyAsync(g => g.Id == reviewerGrant.Id)));
    }
}
