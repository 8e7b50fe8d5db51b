using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Sites;

namespace GovSites.IntegrationTests.Sites;

/// <summary>Modules/Sites/Channels/Edit: <c>/admin/channels/{id}</c>.</summary>
public sealed class ChannelEditTests(GovSitesFactory factory) : SitesTest(factory)
{
    [Fact]
    public async Task Edit_AsAdmin_ShowsTheFormWithoutItselfOrItsDescendantsAsParents()
    {
        var channel = await ChannelAsync("lbz", "zfxxgk");
        var child = await ChannelAsync("lbz", "zcwj");
        var other = await ChannelAsync("lbz", "tzgg");
        using var client = await SignInAsync("admin");

        var (response, page) = await client.GetPageAsync($"/admin/channels/{channel.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("zfxxgk", page.QuerySelector("#Input_Key")!.GetAttribute("value"));
        var parents = page.QuerySelectorAll("#Input_ParentId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain(Text(channel.Id), parents);
        Assert.DoesNotContain(Text(child.Id), parents);
        Assert.Contains(Text(other.Id), parents);
        Assert.NotNull(page.QuerySelector($"a[href='/admin/channels/{channel.Id}/delete']"));
    }

    [Theory]
    [InlineData("security", "lbz")]
    [InlineData("auditor", "lbz")]
    [InlineData("evaluator", "jyj")]
    [InlineData("portal.editor", "portal")]
    [InlineData("lbz.officer", "lbz")]
    [InlineData("lbz.reviewer", "lbz")]
    [InlineData("lbz.secrecy", "lbz")]
    [InlineData("jyj.officer", "jyj")]
    public async Task Edit_RoleThatMayOnlyRead_SeesTheSettingsWithoutAForm(string account, string siteKey)
    {
        var channel = await ChannelAsync(siteKey, "zcwj");
        using var client = await SignInAsync(account);

        var (response, page) = await client.GetPageAsync($"/admin/channels/{channel.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("政府信息公开", facts, StringComparison.Ordinal);
        Assert.Contains("每 180 天至少 1 条", facts, StringComparison.Ordinal);
        Assert.Contains("政策文件", facts, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Edit_ValidMove_SavesTheNewParent()
    {
        var channel = await ChannelAsync("lbz", "zcjd");
        var newParent = await ChannelAsync("lbz", "zcwj");
        using var client = await SignInAsync("admin");
        var fields = ChannelFields(channel);
        fields["Input.ParentId"] = Text(newParent.Id);
        fields["Input.Name"] = "政策解读与回应";

        var response = await client.PostFormAsync($"/admin/channels/{channel.Id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await ChannelAsync("lbz", "zcjd");
        Assert.Equal(newParent.Id, saved.ParentId);
        Assert.Equal("政策解读与回应", saved.Name);
        Assert.Equal(channel.Version + 1, saved.Version);
    }

    [Fact]
    public async Task Edit_MoveToTheTopLevel_Saved()
    {
        var channel = await ChannelAsync("lbz", "zcwj");
        using var client = await SignInAsync("admin");
        var fields = ChannelFields(channel);
        fields["Input.ParentId"] = string.Empty;

        await client.PostFormAsync($"/admin/channels/{channel.Id}", fields);

        Assert.Null((await ChannelAsync("lbz", "zcwj")).ParentId);
    }

    [Theory]
    [InlineData("zfxxgk", "zfxxgk")]
    [InlineData("zfxxgk", "zcwj")]
    [InlineData("zfxxgk", "jgzn")]
    public async Task Edit_MoveUnderItselfOrADescendant_Refused(string channelKey, string parentKey)
    {
        var channel = await ChannelAsync("lbz", channelKey);
        var parent = await ChannelAsync("lbz", parentKey);
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");
        var fields = ChannelFields(channel);
        fields["Input.ParentId"] = Text(parent.Id);

        var response = await client.PostFormAsync($"/admin/channels/{channel.Id}", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能把栏目移到它自己或它的下级栏目之下", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Edit_MoveUnderAGrandchild_Refused()
    {
        // Arrange a third level: zfxxgk > zcwj > gfxwj.
        var site = await SiteAsync("lbz");
        var zcwj = await ChannelAsync("lbz", "zcwj");
        using var client = await SignInAsync("admin");
        var fields = NewChannelFields("gfxwj", "规范性文件");
        fields["Input.ParentId"] = Text(zcwj.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/admin/sites/{site.Id}/channels/new", fields)).StatusCode);
        var grandchild = await ChannelAsync("lbz", "gfxwj");
        var top = await ChannelAsync("lbz", "zfxxgk");
        var before = await SnapshotAsync();
        var move = ChannelFields(top);
        move["Input.ParentId"] = Text(grandchild.Id);

        var response = await client.PostFormAsync($"/admin/channels/{top.Id}", move);

        Assert.Contains("不能把栏目移到它自己或它的下级栏目之下", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("Input.Key", "tzgg", "本站点已有标识为“tzgg”的栏目“通知公告”。")]
    [InlineData("Input.UpdatePeriodDays", "", "更新要求须同时填写天数和条数（每 D 天至少 N 条），或两项都不填。")]
    [InlineData("Input.Type", "SinglePage", "只有外部链接栏目才填写链接地址，请清空或把类型改为外部链接。")]
    [InlineData("Input.ExternalUrl", "", "外部链接栏目须填写链接地址（以 http:// 或 https:// 开头）。")]
    public async Task Edit_BadInput_RefusedWithTheReasonAndNothingSaved(string field, string value, string message)
    {
        // The portal's 湖南政务服务网 is an external link without an update rule; 政策文件 has one.
        var channel = field is "Input.Type" or "Input.ExternalUrl" ? await ChannelAsync("portal", "zwfw") : await ChannelAsync("portal", "zcwj");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");
        var fields = ChannelFields(channel);
        fields[field] = value;

        var response = await client.PostFormAsync($"/admin/channels/{channel.Id}", fields);

        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Edit_TwoEditsFromOneVersion_SecondRefusedAndFirstKept()
    {
        var channel = await ChannelAsync("jyj", "tzgg");
        using var first = await SignInAsync("admin");
        using var second = await SignInAsync("admin");
        var firstFields = ChannelFields(channel);
        firstFields["Input.Name"] = "通知公告（第一次）";
        var secondFields = ChannelFields(channel);
        secondFields["Input.Name"] = "通知公告（第二次）";

        await first.PostFormAsync($"/admin/channels/{channel.Id}", firstFields);
        var afterFirst = await SnapshotAsync();
        var response = await second.PostFormAsync($"/admin/channels/{channel.Id}", secondFields);

        Assert.Contains(Conflict, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(afterFirst, await SnapshotAsync());
        Assert.Equal("通知公告（第一次）", (await ChannelAsync("jyj", "tzgg")).Name);
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("evaluator")]
    [InlineData("lbz.officer")]
    public async Task Edit_PostByRoleThatMayOnlyRead_ForbiddenAndNothingSaved(string account)
    {
        var channel = await ChannelAsync("lbz", "tzgg");
        var before = await SnapshotAsync();
        using var client = await SignInAsync(account);
        var fields = ChannelFields(channel);
        fields["Input.Name"] = "改名";

        var response = await client.PostFormAsync($"/admin/channels/{channel.Id}", fields);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Edit_InfoOfficerGuessingAnotherUnitsChannel_NotFoundOnGetAndPost()
    {
        var channel = await ChannelAsync("jyj", "tzgg");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("lbz.officer");
        var fields = ChannelFields(channel);
        fields["Input.Name"] = "改名";

        var (get, page) = await client.GetPageAsync($"/admin/channels/{channel.Id}");
        var post = await client.PostFormAsync("/admin/sites", fields, $"/admin/channels/{channel.Id}");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.DoesNotContain("双牌县教育局", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Edit_UnknownId_NotFound()
    {
        var channel = await ChannelAsync("lbz", "tzgg");
        using var client = await SignInAsync("admin");

        var (get, _) = await client.GetPageAsync("/admin/channels/999999");
        var post = await client.PostFormAsync("/admin/sites", ChannelFields(channel), "/admin/channels/999999");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
