using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Sites;

namespace GovSites.IntegrationTests.Sites;

/// <summary>Modules/Sites/Edit: <c>/admin/sites/{id}/edit</c>.</summary>
public sealed class SiteEditTests(GovSitesFactory factory) : SitesTest(factory)
{
    [Fact]
    public async Task Edit_AsAdmin_ShowsTheSiteInTheForm()
    {
        var site = await SiteAsync("portal");
        using var client = await SignInAsync("admin");

        var (response, page) = await client.GetPageAsync($"/admin/sites/{site.Id}/edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("portal", page.QuerySelector("#Input_Key")!.GetAttribute("value"));
        Assert.Equal("www.shuangpai.gov.cn\nshuangpai.gov.cn", page.QuerySelector("#Input_Domains")!.TextContent.Trim().ReplaceLineEndings("\n"));
        Assert.Equal("Portal", page.QuerySelector("#Input_Kind option[selected]")!.GetAttribute("value"));
        Assert.Equal(site.PoliceFilingNumber, page.QuerySelector("#Input_PoliceFilingNumber")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Edit_ValidChange_SavesFieldsDomainsAndBumpsTheVersion()
    {
        var site = await SiteAsync("lbz");
        using var client = await SignInAsync("admin");
        var fields = SiteFields(site);
        fields["Input.Name"] = "泷泊镇人民政府门户";
        fields["Input.Domains"] = "lbz.shuangpai.gov.cn\nlongbo.shuangpai.gov.cn";
        fields["Input.Status"] = "Suspended";
        fields["Input.ContactPhone"] = "0746-7720000";

        var response = await client.PostFormAsync($"/admin/sites/{site.Id}/edit", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await SiteAsync("lbz");
        Assert.Equal("泷泊镇人民政府门户", saved.Name);
        Assert.Equal(SiteStatus.Suspended, saved.Status);
        Assert.Equal("0746-7720000", saved.ContactPhone);
        Assert.Equal(["lbz.shuangpai.gov.cn", "longbo.shuangpai.gov.cn"], saved.Domains.Select(d => d.Host).Order());
        Assert.Equal(site.Version + 1, saved.Version);
    }

    [Fact]
    public async Task Edit_OnlyDomainsChanged_StillChecksAndBumpsTheVersion()
    {
        var site = await SiteAsync("portal");
        using var client = await SignInAsync("admin");
        var fields = SiteFields(site);
        fields["Input.Domains"] = "www.shuangpai.gov.cn";

        await client.PostFormAsync($"/admin/sites/{site.Id}/edit", fields);
        var second = await client.PostFormAsync($"/admin/sites/{site.Id}/edit", SiteFields(site));

        Assert.Contains(Conflict, await ErrorsAsync(second), StringComparison.Ordinal);
        var saved = await SiteAsync("portal");
        Assert.Equal(["www.shuangpai.gov.cn"], saved.Domains.Select(d => d.Host));
        Assert.Equal(site.Version + 1, saved.Version);
    }

    [Fact]
    public async Task Edit_TwoEditsFromOneVersion_SecondRefusedAndFirstKept()
    {
        var site = await SiteAsync("jyj");
        using var first = await SignInAsync("admin");
        using var second = await SignInAsync("admin");
        var firstFields = SiteFields(site);
        firstFields["Input.Name"] = "双牌县教育局（第一次修改）";
        var secondFields = SiteFields(site);
        secondFields["Input.Name"] = "双牌县教育局（第二次修改）";
        secondFields["Input.Domains"] = "jyj2.shuangpai.gov.cn";

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync($"/admin/sites/{site.Id}/edit", firstFields)).StatusCode);
        var afterFirst = await SnapshotAsync();
        var response = await second.PostFormAsync($"/admin/sites/{site.Id}/edit", secondFields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Conflict, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(afterFirst, await SnapshotAsync());
        var saved = await SiteAsync("jyj");
        Assert.Equal("双牌县教育局（第一次修改）", saved.Name);
        Assert.Equal(["jyj.shuangpai.gov.cn"], saved.Domains.Select(d => d.Host));
    }

    [Fact]
    public async Task Edit_KeepingItsOwnKeyDomainsAndCode_IsNotADuplicate()
    {
        var site = await SiteAsync("rsj");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/sites/{site.Id}/edit", SiteFields(site));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData("lbz", "Input.Domains", "JYJ.shuangpai.gov.cn", "域名“jyj.shuangpai.gov.cn”已被“双牌县教育局”使用，一个域名只能属于一个站点。")]
    [InlineData("lbz", "Input.Key", "jyj", "站点标识“jyj”已被“双牌县教育局”使用。")]
    [InlineData("lbz", "Input.Domains", "lbz.shuangpai.gov.cn:8080", "域名“lbz.shuangpai.gov.cn:8080”不要带端口号。")]
    [InlineData("lbz", "Input.Domains", "192.168.10.20", "“192.168.10.20”是 IP 地址，请填写域名。")]
    [InlineData("lbz", "Input.Kind", "Portal", "门户网站只能有一个，已有“双牌县人民政府”。")]
    [InlineData("portal", "Input.Kind", "UnitSite", "门户网站不能改为单位站点：全县必须有一个门户网站。")]
    [InlineData("portal", "Input.Key", "county", "门户网站的标识必须是 portal。")]
    [InlineData("lbz", "Input.SiteCode", "4311230011", "网站标识码“4311230011”已被")]
    public async Task Edit_BadInput_RefusedWithTheReasonAndNothingSaved(string siteKey, string field, string value, string message)
    {
        var site = await SiteAsync(siteKey);
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");
        var fields = SiteFields(site);
        fields[field] = value;

        var response = await client.PostFormAsync($"/admin/sites/{site.Id}/edit", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Edit_MovingTheSiteToAUnitThatHasOne_Refused()
    {
        var site = await SiteAsync("lbz");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");
        var fields = SiteFields(site);
        fields["Input.UnitId"] = Text(await UnitIdAsync("双牌县教育局"));

        var response = await client.PostFormAsync($"/admin/sites/{site.Id}/edit", fields);

        Assert.Contains("该单位已有站点“双牌县教育局”，一个单位只能有一个站点。", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("security")]
    [InlineData("auditor")]
    [InlineData("evaluator")]
    [InlineData("lbz.officer")]
    public async Task Edit_RoleThatMayReadButNotChange_ForbiddenOnGetAndPost(string account)
    {
        var site = await SiteAsync("lbz");
        var before = await SnapshotAsync();
        using var client = await SignInAsync(account);
        var fields = SiteFields(site);
        fields["Input.Name"] = "改名";

        var (get, page) = await client.GetPageAsync($"/admin/sites/{site.Id}/edit");
        var post = await client.PostFormAsync($"/admin/sites/{site.Id}", fields, $"/admin/sites/{site.Id}/edit");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal("无权访问", page.QuerySelector("main h1")?.TextContent);
        Assert.Null(page.QuerySelector("#Input_Name"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Edit_InfoOfficerGuessingAnotherUnitsSite_NotFoundOnGetAndPost()
    {
        var site = await SiteAsync("jyj");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("lbz.officer");
        var fields = SiteFields(site);
        fields["Input.Name"] = "改名";

        var (get, page) = await client.GetPageAsync($"/admin/sites/{site.Id}/edit");
        var post = await client.PostFormAsync("/admin/sites", fields, $"/admin/sites/{site.Id}/edit");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("页面不存在", page.QuerySelector("main h1")?.TextContent);
        Assert.DoesNotContain("双牌县教育局", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Edit_UnknownId_NotFound()
    {
        var site = await SiteAsync("lbz");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");

        var (get, _) = await client.GetPageAsync("/admin/sites/999999/edit");
        var post = await client.PostFormAsync("/admin/sites", SiteFields(site), "/admin/sites/999999/edit");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }
}
