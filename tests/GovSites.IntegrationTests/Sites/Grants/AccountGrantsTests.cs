using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Organization;

namespace GovSites.IntegrationTests.Sites.Grants;

public sealed class AccountGrantsTests(GovSitesFactory factory) : GrantsTest(factory)
{
    [Fact]
    public async Task Page_SecurityAdmin_SeesRolesAndGrantsWithForms()
    {
        var officer = await AccountIdAsync("lbz.officer");
        using var client = await SignInAsync("security");

        var (response, page) = await client.GetPageAsync(PagePath(officer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("InfoOfficer", page.QuerySelector("input[name=SelectedRoles][checked]")!.GetAttribute("value"));
        Assert.Equal(RoleNames.All.Count, page.QuerySelectorAll("input[name=SelectedRoles]").Length);
        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Equal("泷泊镇人民政府", row.QuerySelector("td[data-label=站点]")!.TextContent);
        Assert.Equal("整个站点", row.QuerySelector("td[data-label=栏目]")!.TextContent);
        Assert.NotNull(page.QuerySelector("select#ChannelId option"));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("auditor")]
    public async Task Page_PlatformAdminAndAuditor_ReadWithoutForms(string userName)
    {
        var officer = await AccountIdAsync("lbz.officer");
        using var client = await SignInAsync(userName);

        var (response, page) = await client.GetPageAsync(PagePath(officer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("信息员", page.QuerySelector("#roles-heading + p")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Empty(page.QuerySelectorAll("main form"));
    }

    [Theory]
    [InlineData("evaluator")]
    [InlineData("portal.editor")]
    [InlineData("lbz.officer")]
    [InlineData("funds")]
    public async Task Page_OtherRoles_Get403(string userName)
    {
        var officer = await AccountIdAsync("lbz.officer");
        using var client = await SignInAsync(userName);
        var (response, _) = await client.GetPageAsync(PagePath(officer));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Page_UnknownAccount_Returns404()
    {
        using var client = await SignInAsync("security");
        var (response, _) = await client.GetPageAsync(PagePath(999999));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Page_OwnAccount_ShowsNoForms()
    {
        var security = await AccountIdAsync("security");
        using var client = await SignInAsync("security");

        var (_, page) = await client.GetPageAsync(PagePath(security));

        Assert.Contains("须由另一位安全管理员办理", page.QuerySelector(".notice.warning")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main form"));
    }
}
