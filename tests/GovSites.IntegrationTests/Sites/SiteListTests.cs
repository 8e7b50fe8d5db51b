using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Sites;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Sites;

/// <summary>Modules/Sites/Index: <c>/admin/sites</c>.</summary>
public sealed class SiteListTests(GovSitesFactory factory) : SitesTest(factory)
{
    [Theory]
    [MemberData(nameof(AllAccounts))]
    public async Task List_EachRole_ShowsExactlyTheSitesItMaySee(string account)
    {
        var expected = account switch
        {
            "admin" or "security" or "auditor" or "evaluator" => await WithDbAsync(db => db.Sites.Select(s => s.Name).ToListAsync()),
            "portal.editor" => ["双牌县人民政府"],
            "lbz.officer" or "lbz.reviewer" or "lbz.secrecy" => ["泷泊镇人民政府"],
            "jyj.officer" => ["双牌县教育局"],
            _ => [],
        };
        using var client = await SignInAsync(account);

        var (response, page) = await client.GetPageAsync("/admin/sites");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = page.QuerySelectorAll("tbody td[data-label=站点名称]").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(expected.Order(), names.Order());
        if (expected.Count == 0)
        {
            Assert.Contains("您没有可查看的站点", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task List_AsAdmin_ShowsKeyKindUnitDomainsCodeAndStatus()
    {
        using var client = await SignInAsync("admin");

        var (_, page) = await client.GetPageAsync("/admin/sites");

        var row = page.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("泷泊镇人民政府", StringComparison.Ordinal));
        string Cell(string label) => row.QuerySelector($"td[data-label={label}]")!.TextContent.Trim();
        Assert.Equal("lbz", Cell("标识"));
        Assert.Equal("单位站点", Cell("类型"));
        Assert.Equal("泷泊镇人民政府", Cell("所属单位"));
        Assert.Equal("lbz.shuangpai.gov.cn", Cell("域名"));
        Assert.Matches("^431123[0-9]{4}$", Cell("网站标识码"));
        Assert.Equal("运行中", Cell("状态"));
        Assert.NotNull(page.QuerySelector("a[href='/admin/sites/new']"));
    }

    [Fact]
    public async Task List_FilterByKind_ShowsOnlyThePortal()
    {
        using var client = await SignInAsync("auditor");

        var (_, page) = await client.GetPageAsync("/admin/sites?kind=Portal");

        var names = page.QuerySelectorAll("tbody td[data-label=站点名称]").Select(td => td.TextContent.Trim());
        Assert.Equal(["双牌县人民政府"], names);
        Assert.Null(page.QuerySelector("a[href='/admin/sites/new']"));
    }

    [Fact]
    public async Task List_FilterByStatus_ShowsOnlySitesInThatStatus()
    {
        await WithDbAsync(db => db.Sites.Where(s => s.Key == "wlpz").ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SiteStatus.Suspended)));
        using var client = await SignInAsync("evaluator");

        var (_, page) = await client.GetPageAsync("/admin/sites?status=Suspended");

        var names = page.QuerySelectorAll("tbody td[data-label=站点名称]").Select(td => td.TextContent.Trim());
        Assert.Equal(["五里牌镇人民政府"], names);
        Assert.Equal("Suspended", page.QuerySelector("#status option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task List_FilterMatchingNothing_SaysSo()
    {
        using var client = await SignInAsync("admin");

        var (_, page) = await client.GetPageAsync("/admin/sites?kind=Portal&status=Closed");

        Assert.Empty(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("没有符合条件的站点", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
