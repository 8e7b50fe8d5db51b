using System.Net;
using GovSites.IntegrationTests.Fixture;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Organization.Accounts;

public sealed class IndexTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    [Theory]
    [InlineData("admin", true)]
    [InlineData("security", false)]
    [InlineData("auditor", false)]
    public async Task Index_AccountReaders_SeeEveryAccount(string userName, bool mayAdd)
    {
        using var client = await SignInAsync(userName);
        var (response, page) = await client.GetPageAsync("/admin/accounts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await WithDbAsync(db => db.Users.CountAsync()), page.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(mayAdd, page.QuerySelector("a[href='/admin/accounts/new']") is not null);
    }

    [Theory]
    [InlineData("evaluator")]
    [InlineData("portal.editor")]
    [InlineData("lbz.officer")]
    [InlineData("funds")]
    public async Task Index_OtherRoles_Get403(string userName)
    {
        using var client = await SignInAsync(userName);
        var (response, page) = await client.GetPageAsync("/admin/accounts");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Index_FilterByUnitAndRole_ShowsOnlyMatchingAccounts()
    {
        var unitId = await WithDbAsync(db => db.Units.Where(u => u.Name == "泷泊镇人民政府").Select(u => u.Id).SingleAsync());
        using var client = await SignInAsync("admin");

        var (_, byUnit) = await client.GetPageAsync($"/admin/accounts?unitId={unitId}");
        var (_, byBoth) = await client.GetPageAsync($"/admin/accounts?unitId={unitId}&role=Reviewer");
        var (_, byRole) = await client.GetPageAsync("/admin/accounts?role=InfoOfficer");

        Assert.Equal(3, byUnit.QuerySelectorAll("tbody tr").Length);
        var reviewer = Assert.Single(byBoth.QuerySelectorAll("tbody tr"));
        Assert.Equal("lbz.reviewer", reviewer.QuerySelector("td[data-label=账号]")!.TextContent);
        Assert.Equal(["jyj.officer", "lbz.officer"], byRole.QuerySelectorAll("td[data-label=账号]").Select(td => td.TextContent).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Index_Rows_ShowRolesInChineseAndDisabledOrLockedState()
    {
        await WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.UserName == "lbz.secrecy")).IsDisabled = true;
            (await db.Users.SingleAsync(u => u.UserName == "lbz.reviewer")).LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(20);
            await db.SaveChangesAsync();
        });
        using var client = await SignInAsync("auditor");

        var (_, page) = await client.GetPageAsync("/admin/accounts");

        string Cell(string userName, string label) => page.QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector("td[data-label=账号]")!.TextContent == userName)
            .QuerySelector($"td[data-label={label}]")!.TextContent.Trim();
        Assert.Equal("保密审查员", Cell("lbz.secrecy", "角色"));
        Assert.Equal("已停用", Cell("lbz.secrecy", "状态"));
        Assert.StartsWith("已锁定", Cell("lbz.reviewer", "状态"), StringComparison.Ordinal);
        Assert.Equal("正常", Cell("lbz.officer", "状态"));
        Assert.Equal("泷泊镇人民政府", Cell("lbz.officer", "单位"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", Cell("lbz.officer", "最近修改密码"));
    }
}
