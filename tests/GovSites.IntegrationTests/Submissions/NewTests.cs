using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Submissions;

namespace GovSites.IntegrationTests.Submissions;

/// <summary>报送门户 from the article: which channels, which articles, and who.</summary>
public sealed class NewTests(GovSitesFactory factory) : SubmissionTest(factory)
{
    [Fact]
    public async Task Post_TwoPortalChannels_SubmitsToBothAndTheUnitSeesThem()
    {
        var articleId = await CreateDraftAsync();
        using var officer = await SignInAsync("lbz.officer");
        var (editPage, edit) = await officer.GetPageAsync($"/admin/articles/{articleId}");
        Assert.Equal(HttpStatusCode.OK, editPage.StatusCode);
        Assert.NotNull(edit.QuerySelector($"a[href='/admin/submissions/new?article={articleId}']"));
        var (_, form) = await officer.GetPageAsync($"/admin/submissions/new?article={articleId}");
        Assert.Contains("乡镇动态", form.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("湖南政务服务网", form.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);

        var response = await SubmitToAsync(officer, articleId, await ChannelIdAsync("portal", "xzdt"), await ChannelIdAsync("portal", "spyw"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var submissions = await SubmissionsOfAsync(articleId);
        Assert.Equal(2, submissions.Count);
        Assert.All(submissions, s => Assert.Equal(SubmissionState.Submitted, s.State));
        var unitId = await WithDbAsync(db => Task.FromResult(db.Units.Single(u => u.Name == "泷泊镇人民政府").Id));
        Assert.All(submissions, s => Assert.Equal(unitId, s.UnitId));
        var (_, list) = await officer.GetPageAsync("/admin/submissions");
        Assert.Equal(2, list.QuerySelectorAll("#own tbody tr").Length);
        Assert.Contains("已报送", list.QuerySelector("#own")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lbz", "tzgg")]
    [InlineData("portal", "zwfw")]
    public async Task Post_ChannelNotTakingSubmissions_IsRefusedAndNothingSaved(string siteKey, string channelKey)
    {
        var articleId = await CreateDraftAsync();
        using var officer = await SignInAsync("lbz.officer");

        var response = await SubmitToAsync(officer, articleId, await ChannelIdAsync(siteKey, channelKey));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("只能报送到门户网站的栏目", await ErrorOfAsync(response), StringComparison.Ordinal);
        Assert.Empty(await SubmissionsOfAsync(articleId));
    }

    [Fact]
    public async Task Post_NoChannel_IsRefused()
    {
        var articleId = await CreateDraftAsync();
        using var officer = await SignInAsync("lbz.officer");

        var response = await SubmitToAsync(officer, articleId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请至少选择一个门户栏目", await ErrorOfAsync(response), StringComparison.Ordinal);
        Assert.Empty(await SubmissionsOfAsync(articleId));
    }

    [Fact]
    public async Task Post_AlreadySubmittedToTheChannel_IsRefusedUntilReturned()
    {
        var articleId = await CreateDraftAsync();
        var first = await SubmittedAsync(articleId);
        using var officer = await SignInAsync("lbz.officer");
        var channelId = await ChannelIdAsync("portal", "xzdt");

        var again = await SubmitToAsync(officer, articleId, channelId);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("不能重复报送", await ErrorOfAsync(again), StringComparison.Ordinal);
        Assert.Single(await SubmissionsOfAsync(articleId));

        using var editor = await SignInAsync("portal.editor");
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, first, "return", "不符合栏目定位")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitToAsync(officer, articleId, channelId)).StatusCode);
        Assert.Equal([SubmissionState.Returned, SubmissionState.Submitted], (await SubmissionsOfAsync(articleId)).Select(s => s.State));
    }

    [Fact]
    public async Task NewPage_AnotherUnitsArticle_Is404AndNothingSaved()
    {
        var articleId = await CreateDraftAsync();
        using var other = await SignInAsync("jyj.officer");

        var (page, _) = await other.GetPageAsync($"/admin/submissions/new?article={articleId}");
        var post = await SubmitToAsync(other, articleId, await ChannelIdAsync("portal", "bmdt"));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Empty(await SubmissionsOfAsync(articleId));
    }

    [Fact]
    public async Task Post_ReaderWhoMayNotWrite_Is403()
    {
        var articleId = await CreateDraftAsync();
        using var reviewer = await SignInAsync("lbz.reviewer");

        var post = await SubmitToAsync(reviewer, articleId, await ChannelIdAsync("portal", "xzdt"));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Empty(await SubmissionsOfAsync(articleId));
    }
}
