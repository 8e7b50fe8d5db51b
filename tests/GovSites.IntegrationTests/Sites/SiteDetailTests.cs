using System.Net;
using GovSites.IntegrationTests.Fixture;

namespace GovSites.IntegrationTests.Sites;

/// <summary>Modules/Sites/Detail: <c>/admin/sites/{id}</c>.</summary>
public sealed class SiteDetailTests(GovSitesFactory factory) : SitesTest(factory)
{
    [Theory]
    [InlineData("admin", "lbz")]
    [InlineData("security", "lbz")]
    [InlineData("auditor", "jyj")]
    [InlineData("evaluator", "portal")]
    [InlineData("portal.editor", "portal")]
    [InlineData("lbz.officer", "lbz")]
    [InlineData("lbz.reviewer", "lbz")]
    [InlineData("lbz.secrecy", "lbz")]
    [InlineData("jyj.officer", "jyj")]
    public async Task Detail_RoleThatMaySeeTheSite_ShowsAllFieldsAndTheChannelTree(string account, string siteKey)
    {
        var site = await SiteAsync(siteKey);
        using var client = await SignInAsync(account);

        var (response, page) = await client.GetPageAsync($"/admin/sites/{site.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        foreach (var text in new[] { site.Key, site.SiteCode!, site.IcpNumber!, site.PoliceFilingNumber!, site.Sponsor, site.Operator, site.ContactPhone!, site.ContactEmail!, site.ContactAddress!, site.Domains[0].Host, "运行中" })
        {
            Assert.Contains(text, facts, StringComparison.Ordinal);
        }

        // 政策文件 hangs below 政府信息公开 in every demo site.
        var disclosure = page.QuerySelectorAll("ul.tree > li").Single(li => li.QuerySelector("a")!.TextContent == "政府信息公开");
        Assert.Contains(disclosure.QuerySelectorAll("ul > li > a"), a => a.TextContent == "政策文件");
        var notices = await ChannelAsync(siteKey, "tzgg");
        Assert.NotNull(page.QuerySelector($"ul.tree a[href='/admin/channels/{notices.Id}']"));
        var canManage = account == "admin";
        Assert.Equal(canManage, page.QuerySelector($"a[href='/admin/sites/{site.Id}/edit']") is not null);
        Assert.Equal(canManage, page.QuerySelector($"a[href='/admin/sites/{site.Id}/channels/new']") is not null);
    }

    [Theory]
    [InlineData("lbz.officer", "jyj")]
    [InlineData("jyj.officer", "lbz")]
    [InlineData("portal.editor", "lbz")]
    [InlineData("funds", "portal")]
    public async Task Detail_SiteOfAnotherUnit_NotFound(string account, string siteKey)
    {
        var site = await SiteAsync(siteKey);
        using var client = await SignInAsync(account);

        var (response, page) = await client.GetPageAsync($"/admin/sites/{site.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(site.Name, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_UnknownId_NotFound()
    {
        using var client = await SignInAsync("admin");

        var (response, _) = await client.GetPageAsync("/admin/sites/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
