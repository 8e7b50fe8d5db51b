using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Content.Articles;

public sealed class NewTests(GovSitesFactory factory) : ArticleTest(factory)
{
    private Task<int> CountAsync() => WithDbAsync(db => db.Articles.CountAsync());

    private async Task<Dictionary<string, string>> ValidFieldsAsync(string siteKey = "lbz", string channelKey = "tzgg") => new()
    {
        ["Site"] = Number(await SiteIdAsync(siteKey)),
        ["Channel"] = Number(await ChannelIdAsync(siteKey, channelKey)),
        ["Input.Title"] = "关于开展2026年春季植树活动的通知",
        ["Input.Source"] = "泷泊镇党政办",
        ["Input.DocumentNumber"] = "泷政发〔2026〕3号",
        ["Input.PublishAt"] = "2026-03-01T09:30",
        ["Input.IsExternalSource"] = "true",
        ["Body"] = "<p>各村（社区）：</p><p>请于3月12日前组织植树。</p>",
    };

    [Fact]
    public async Task Create_ValidInput_MakesADraftWithItsFirstRevision()
    {
        using var client = await SignInAsync("lbz.officer");
        var fields = await ValidFieldsAsync();
        var path = $"/admin/articles/new?site={fields["Site"]}&channel={fields["Channel"]}";

        var response = await client.PostFormAsync(path, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await WithDbAsync(db => db.Articles.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal($"/admin/articles/{article.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("关于开展2026年春季植树活动的通知", ArticleState.Draft, 1), (article.Title, article.State, article.RevisionNumber));
        Assert.Equal(Number(await ChannelIdAsync("lbz", "tzgg")), Number(article.ChannelId));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 1, 30, 0, TimeSpan.Zero), article.PublishAt);
        Assert.True(article.IsExternalSource);
        Assert.Equal(await AccountIdAsync("lbz.officer"), article.CreatedById);
        var revision = Assert.Single(await RevisionsAsync(article.Id));
        Assert.Equal((1, false, article.Title, article.Body), (revision.Number, revision.IsAutosave, revision.Title, revision.Body));
    }

    [Fact]
    public async Task NewForm_OfficerWithOneSite_ChoosesTheSiteAndListsItsChannels()
    {
        using var client = await SignInAsync("lbz.officer");

        var (response, page) = await client.GetPageAsync("/admin/articles/new");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("泷泊镇人民政府", Text(page), StringComparison.Ordinal);
        var channels = page.QuerySelectorAll("select[name=Channel] option").Select(o => o.TextContent).ToList();
        Assert.Contains("通知公告", channels);
        Assert.DoesNotContain("双牌要闻", channels);
        Assert.NotNull(page.QuerySelector("textarea[name=Body][data-editor]"));
    }

    [Theory]
    [InlineData("", "请填写标题。")]
    [InlineData(null, "标题不能超过 200 个字。")]
    public async Task Create_MissingOrOverlongTitle_IsRefusedAndNothingCreated(string? title, string message)
    {
        using var client = await SignInAsync("lbz.officer");
        var fields = await ValidFieldsAsync();
        fields["Input.Title"] = title ?? new string('通', 201);
        var count = await CountAsync();

        var response = await client.PostFormAsync($"/admin/articles/new?site={fields["Site"]}", fields);

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains(message, page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("泷政发〔2026〕3号", page.QuerySelector("input[name='Input.DocumentNumber']")!.GetAttribute("value"));
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task Create_BodyThatIsOnlyMarkup_IsRefused()
    {
        using var client = await SignInAsync("lbz.officer");
        var fields = await ValidFieldsAsync();
        fields["Body"] = "<p>&nbsp;</p><p><br></p>";
        var count = await CountAsync();

        var response = await client.PostFormAsync($"/admin/articles/new?site={fields["Site"]}", fields);

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("正文不能为空。", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task Create_UnreadablePublicationTime_IsRefused()
    {
        using var client = await SignInAsync("lbz.officer");
        var fields = await ValidFieldsAsync();
        fields["Input.PublishAt"] = "明天上午";
        var count = await CountAsync();

        var response = await client.PostFormAsync($"/admin/articles/new?site={fields["Site"]}", fields);

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("发布时间格式不正确", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(count, await CountAsync());
    }

    [Theory]
    [InlineData("lbz.officer", "jyj")]
    [InlineData("jyj.officer", "lbz")]
    [InlineData("portal.editor", "lbz")]
    public async Task Create_InAnotherUnitsSite_IsNotFound(string user, string siteKey)
    {
        using var client = await SignInAsync(user);
        var fields = await ValidFieldsAsync(siteKey);
        var count = await CountAsync();

        var (form, _) = await client.GetPageAsync($"/admin/articles/new?site={fields["Site"]}&channel={fields["Channel"]}");
        var post = await client.PostFormAsync("/admin/password", fields, $"/admin/articles/new?site={fields["Site"]}");

        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task Create_InAChannelTheGrantDoesNotCover_IsForbidden()
    {
        await LimitGrantToChannelAsync("lbz.officer", "lbz", "tzgg");
        using var client = await SignInAsync("lbz.officer");
        var fields = await ValidFieldsAsync(channelKey: "dtyw");
        var count = await CountAsync();

        var (form, _) = await client.GetPageAsync($"/admin/articles/new?site={fields["Site"]}&channel={fields["Channel"]}");
        var post = await client.PostFormAsync("/admin/password", fields, $"/admin/articles/new?site={fields["Site"]}");
        var (allowed, page) = await client.GetPageAsync($"/admin/articles/new?site={fields["Site"]}");

        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(count, await CountAsync());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(["请选择栏目", "通知公告"], page.QuerySelectorAll("select[name=Channel] option").Select(o => o.TextContent));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("auditor")]
    [InlineData("lbz.reviewer")]
    [InlineData("funds")]
    public async Task NewForm_RoleThatDoesNotWrite_IsForbidden(string user)
    {
        using var client = await SignInAsync(user);

        var (response, _) = await client.GetPageAsync("/admin/articles/new");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
