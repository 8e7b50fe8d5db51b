using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Sites;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Sites;

/// <summary>Modules/Sites/Channels/New: <c>/admin/sites/{siteId}/channels/new</c>.</summary>
public sealed class ChannelNewTests(GovSitesFactory factory) : SitesTest(factory)
{
    [Fact]
    public async Task New_AsAdminBelowAParent_PresetsParentUnitAndSortOrder()
    {
        var site = await SiteAsync("lbz");
        var parent = await ChannelAsync("lbz", "zfxxgk");
        using var client = await SignInAsync("admin");

        var (response, page) = await client.GetPageAsync($"/admin/sites/{site.Id}/channels/new?parentId={parent.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Text(parent.Id), page.QuerySelector("#Input_ParentId option[selected]")!.GetAttribute("value"));
        Assert.Equal(Text(site.UnitId), page.QuerySelector("#Input_ResponsibleUnitId option[selected]")!.GetAttribute("value"));
        var lastChild = await WithDbAsync(db => db.Channels.Where(c => c.ParentId == parent.Id).MaxAsync(c => c.SortOrder));
        Assert.Equal(Text(lastChild + 1), page.QuerySelector("#Input_SortOrder")!.GetAttribute("value"));
    }

    [Fact]
    public async Task New_ValidChannel_CreatesItBelowTheParent()
    {
        var site = await SiteAsync("lbz");
        var parent = await ChannelAsync("lbz", "zfxxgk");
        using var client = await SignInAsync("admin");
        var fields = NewChannelFields("GKZN", "政府信息公开指南");
        fields["Input.ParentId"] = Text(parent.Id);
        fields["Input.UpdateMinItems"] = "1";
        fields["Input.UpdatePeriodDays"] = "365";

        var response = await client.PostFormAsync($"/admin/sites/{site.Id}/channels/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var channel = await ChannelAsync("lbz", "gkzn");
        Assert.Equal(parent.Id, channel.ParentId);
        Assert.Equal((1, 365), (channel.UpdateMinItems!.Value, channel.UpdatePeriodDays!.Value));
        Assert.Equal(ChannelType.List, channel.Type);
    }

    [Fact]
    public async Task New_ExternalLinkWithHttpsUrl_Created()
    {
        var site = await SiteAsync("jyj");
        using var client = await SignInAsync("admin");
        var fields = NewChannelFields("zwfw", "湖南政务服务网");
        (fields["Input.Type"], fields["Input.ExternalUrl"], fields["Input.Category"]) = ("ExternalLink", "https://zwfw-new.hunan.gov.cn/", "Services");

        var response = await client.PostFormAsync($"/admin/sites/{site.Id}/channels/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("https://zwfw-new.hunan.gov.cn/", (await ChannelAsync("jyj", "zwfw")).ExternalUrl);
    }

    [Fact]
    public async Task New_KeyUsedOnlyByAnotherSite_Allowed()
    {
        var site = await SiteAsync("lbz");
        using var client = await SignInAsync("admin");

        // "spyw" is a portal channel only.
        var response = await client.PostFormAsync($"/admin/sites/{site.Id}/channels/new", NewChannelFields("spyw", "双牌要闻"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData("Input.Key", "tzgg", "本站点已有标识为“tzgg”的栏目“通知公告”。")]
    [InlineData("Input.Key", "TZGG", "本站点已有标识为“tzgg”的栏目“通知公告”。")]
    [InlineData("Input.Key", "通知", "栏目标识只能由小写字母、数字和连字符（-）组成，长 2 至 40 位。")]
    [InlineData("Input.Key", "assets", "栏目标识“assets”与网站发布使用的路径冲突（assets、files、search、index 开头等为保留字），请换一个。")]
    [InlineData("Input.Key", "files", "栏目标识“files”与网站发布使用的路径冲突（assets、files、search、index 开头等为保留字），请换一个。")]
    [InlineData("Input.Key", "search", "栏目标识“search”与网站发布使用的路径冲突（assets、files、search、index 开头等为保留字），请换一个。")]
    [InlineData("Input.Key", "index-2", "栏目标识“index-2”与网站发布使用的路径冲突（assets、files、search、index 开头等为保留字），请换一个。")]
    [InlineData("Input.Name", "", "请填写栏目名称。")]
    [InlineData("Input.Type", "ExternalLink", "外部链接栏目须填写链接地址（以 http:// 或 https:// 开头）。")]
    [InlineData("Input.ExternalUrl", "https://www.hunan.gov.cn/", "只有外部链接栏目才填写链接地址，请清空或把类型改为外部链接。")]
    [InlineData("Input.UpdateMinItems", "3", "更新要求须同时填写天数和条数（每 D 天至少 N 条），或两项都不填。")]
    [InlineData("Input.UpdatePeriodDays", "14", "更新要求须同时填写天数和条数（每 D 天至少 N 条），或两项都不填。")]
    [InlineData("Input.Category", "", "请选择栏目类别。")]
    [InlineData("Input.ResponsibleUnitId", "999999", "所选责任单位不存在，请重新选择。")]
    [InlineData("Input.SortOrder", "-1", "排序号应为 0 至 9999 之间的整数。")]
    [InlineData("Input.ParentId", "999999", "所选上级栏目不存在或不属于本站点。")]
    [InlineData("Input.SortOrder", "第一", "排序号填写的“第一”不是有效的值，请重新填写。")]
    public async Task New_BadInput_RefusedWithTheReasonAndNothingSaved(string field, string value, string message)
    {
        var site = await SiteAsync("lbz");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");
        var fields = NewChannelFields();
        fields[field] = value;

        var response = await client.PostFormAsync($"/admin/sites/{site.Id}/channels/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("0", "0", "更新要求的条数应为正整数。")]
    [InlineData("1", "-7", "更新要求的天数应为正整数。")]
    public async Task New_UpdateRuleNotPositive_Refused(string items, string days, string message)
    {
        var site = await SiteAsync("lbz");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");
        var fields = NewChannelFields();
        (fields["Input.UpdateMinItems"], fields["Input.UpdatePeriodDays"]) = (items, days);

        var response = await client.PostFormAsync($"/admin/sites/{site.Id}/channels/new", fields);

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("ftp://files.shuangpai.gov.cn/")]
    [InlineData("zwfw-new.hunan.gov.cn")]
    [InlineData("javascript:alert(1)")]
    public async Task New_ExternalLinkWithoutAnHttpUrl_Refused(string url)
    {
        var site = await SiteAsync("lbz");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");
        var fields = NewChannelFields();
        (fields["Input.Type"], fields["Input.ExternalUrl"]) = ("ExternalLink", url);

        var response = await client.PostFormAsync($"/admin/sites/{site.Id}/channels/new", fields);

        Assert.Contains($"链接地址“{url}”不正确，应以 http:// 或 https:// 开头", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task New_ParentFromAnotherSite_Refused()
    {
        var site = await SiteAsync("lbz");
        var foreignParent = await ChannelAsync("jyj", "zfxxgk");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");
        var fields = NewChannelFields();
        fields["Input.ParentId"] = Text(foreignParent.Id);

        var response = await client.PostFormAsync($"/admin/sites/{site.Id}/channels/new", fields);

        Assert.Contains("所选上级栏目不存在或不属于本站点。", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("evaluator")]
    [InlineData("lbz.officer")]
    public async Task New_RoleThatMayReadTheSite_ForbiddenOnGetAndPost(string account)
    {
        var site = await SiteAsync("lbz");
        var before = await SnapshotAsync();
        using var client = await SignInAsync(account);

        var (get, _) = await client.GetPageAsync($"/admin/sites/{site.Id}/channels/new");
        var post = await client.PostFormAsync($"/admin/sites/{site.Id}", NewChannelFields(), $"/admin/sites/{site.Id}/channels/new");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task New_InfoOfficerOnAnotherUnitsSite_NotFound()
    {
        var site = await SiteAsync("jyj");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("lbz.officer");

        var (get, _) = await client.GetPageAsync($"/admin/sites/{site.Id}/channels/new");
        var post = await client.PostFormAsync("/admin/sites", NewChannelFields(), $"/admin/sites/{site.Id}/channels/new");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task New_UnknownSite_NotFound()
    {
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");

        var (get, _) = await client.GetPageAsync("/admin/sites/999999/channels/new");
        var post = await client.PostFormAsync("/admin/sites", NewChannelFields(), "/admin/sites/999999/channels/new");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }
}
