using System.Net;
using GovSites.IntegrationTests.Fixture;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Organization.Units;

public sealed class IndexTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    [Theory]
    [InlineData("admin", true)]
    [InlineData("security", false)]
    [InlineData("auditor", false)]
    [InlineData("evaluator", false)]
    public async Task Index_CountyWideRoles_SeeEveryUnit(string userName, bool mayAdd)
    {
        using var client = await SignInAsync(userName);
        var (response, page) = await client.GetPageAsync("/admin/units");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var total = await WithDbAsync(db => db.Units.CountAsync());
        Assert.Equal(total, page.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(mayAdd, page.QuerySelector("a[href='/admin/units/new']") is not null);
    }

    [Theory]
    [InlineData("lbz.officer", "泷泊镇人民政府")]
    [InlineData("jyj.officer", "双牌县教育局")]
    [InlineData("funds", "双牌县财政局")]
    public async Task Index_UnitStaff_SeeOnlyTheirOwnUnit(string userName, string unitName)
    {
        using var client = await SignInAsync(userName);
        var (_, page) = await client.GetPageAsync("/admin/units");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Contains(unitName, row.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href='/admin/units/new']"));
    }

    [Fact]
    public async Task Index_FilterByKind_ShowsOnlyThatKind()
    {
        using var client = await SignInAsync("admin");
        var (_, page) = await client.GetPageAsync("/admin/units?kind=Township");

        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Equal(7, rows.Length);
        Assert.All(rows, r => Assert.Equal("乡镇", r.QuerySelector("td[data-label=类型]")!.TextContent));
        Assert.Equal("Township", page.QuerySelector("#kind option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Index_Row_ShowsCreditCodeAndCountsOfSitesAndAccounts()
    {
        var code = await WithDbAsync(db => db.Units.Where(u => u.Name == "泷泊镇人民政府").Select(u => u.CreditCode).SingleAsync());
        using var client = await SignInAsync("admin");
        var (_, page) = await client.GetPageAsync("/admin/units");

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("泷泊镇人民政府", StringComparison.Ordinal));
        Assert.Equal(code, row.QuerySelector("td[data-label=统一社会信用代码]")!.TextContent);
        Assert.Equal("1", row.QuerySelector("td[data-label=站点数]")!.TextContent);
        Assert.Equal("3", row.QuerySelector("td[data-label=账号数]")!.TextContent);
        var finance = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("双牌县财政局", StringComparison.Ordinal));
        Assert.Equal("0", finance.QuerySelector("td[data-label=站点数]")!.TextContent);
    }
}
