using System.Globalization;
using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Submissions;

namespace GovSites.IntegrationTests.Submissions;

/// <summary>The portal editors' decisions on a submission, and the unit's answers.</summary>
public sealed class DetailTests(GovSitesFactory factory) : SubmissionTest(factory)
{
    [Fact]
    public async Task Adopt_ByPortalEditor_IsAdoptedAndLeavesTheInbox()
    {
        var submissionId = await SubmittedAsync(await CreateDraftAsync());
        using var editor = await SignInAsync("portal.editor");
        var (_, inbox) = await editor.GetPageAsync($"/admin/submissions/inbox?channel={await ChannelIdAsync("portal", "xzdt")}");
        Assert.NotNull(inbox.QuerySelector($"a[href='/admin/submissions/{submissionId}']"));
        Assert.Contains("泷泊镇人民政府", inbox.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        var (_, otherChannel) = await editor.GetPageAsync($"/admin/submissions/inbox?channel={await ChannelIdAsync("portal", "spyw")}");
        Assert.Null(otherChannel.QuerySelector($"a[href='/admin/submissions/{submissionId}']"));

        var response = await ActAsync(editor, submissionId, "adopt");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var submission = await SubmissionAsync(submissionId);
        Assert.Equal(SubmissionState.Adopted, submission.State);
        Assert.NotNull(submission.AdoptedAt);
        var (_, after) = await editor.GetPageAsync("/admin/submissions/inbox");
        Assert.Null(after.QuerySelector($"a[href='/admin/submissions/{submissionId}']"));
    }

    [Fact]
    public async Task Return_WithReason_TheUnitSeesTheReason()
    {
        var submissionId = await SubmittedAsync(await CreateDraftAsync());
        using var editor = await SignInAsync("portal.editor");

        var response = await ActAsync(editor, submissionId, "return", "内容属于乡镇内部事务，不宜在门户发布");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SubmissionState.Returned, (await SubmissionAsync(submissionId)).State);
        using var officer = await SignInAsync("lbz.officer");
        var (_, list) = await officer.GetPageAsync("/admin/submissions");
        var row = list.QuerySelector("#own tbody tr")!.TextContent;
        Assert.Contains("已退稿", row, StringComparison.Ordinal);
        Assert.Contains("内容属于乡镇内部事务", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_WithoutReason_IsRefusedAndNothingChanges()
    {
        var submissionId = await SubmittedAsync(await CreateDraftAsync());
        var before = await SubmissionAsync(submissionId);
        using var editor = await SignInAsync("portal.editor");

        var response = await ActAsync(editor, submissionId, "return", "  ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("退稿须填写退稿原因", await ErrorOfAsync(response), StringComparison.Ordinal);
        var after = await SubmissionAsync(submissionId);
        Assert.Equal((SubmissionState.Submitted, before.Version, (int?)null), (after.State, after.Version, after.DecidedById));
    }

    [Fact]
    public async Task Revise_ThenResubmit_IsWaitingAgainAndCanBeAdopted()
    {
        var submissionId = await SubmittedAsync(await CreateDraftAsync());
        using var editor = await SignInAsync("portal.editor");
        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(editor, submissionId, "revise", "")).StatusCode);
        Assert.Equal(SubmissionState.Submitted, (await SubmissionAsync(submissionId)).State);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, submissionId, "revise", "请补充会议时间和参会人员")).StatusCode);
        var asked = await SubmissionAsync(submissionId);
        Assert.Equal((SubmissionState.RevisionRequested, "请补充会议时间和参会人员"), (asked.State, asked.Reason));

        using var officer = await SignInAsync("lbz.officer");
        var (_, page) = await officer.GetPageAsync($"/admin/submissions/{submissionId}");
        Assert.Contains("请补充会议时间和参会人员", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var resubmit = await ActAsync(officer, submissionId, "resubmit");
        Assert.Equal(HttpStatusCode.Redirect, resubmit.StatusCode);
        Assert.Equal("/admin/submissions", resubmit.Headers.Location?.OriginalString);
        var resubmitted = await SubmissionAsync(submissionId);
        Assert.Equal(SubmissionState.Submitted, resubmitted.State);
        Assert.True(resubmitted.SubmittedAt > asked.SubmittedAt);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(editor, submissionId, "adopt")).StatusCode);
        Assert.Equal(SubmissionState.Adopted, (await SubmissionAsync(submissionId)).State);
    }

    [Theory]
    [InlineData("lbz.officer")]
    [InlineData("evaluator")]
    public async Task Decide_NotAPortalEditor_Is403AndNothingChanges(string userName)
    {
        var submissionId = await SubmittedAsync(await CreateDraftAsync());
        using var client = await SignInAsync(userName);

        var response = await ActAsync(client, submissionId, "adopt");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(SubmissionState.Submitted, (await SubmissionAsync(submissionId)).State);
    }

    [Fact]
    public async Task Detail_AnotherUnitsSubmission_Is404()
    {
        var submissionId = await SubmittedAsync(await CreateDraftAsync());
        using var other = await SignInAsync("jyj.officer");

        var (page, _) = await other.GetPageAsync($"/admin/submissions/{submissionId}");
        var post = await ActAsync(other, submissionId, "withdraw");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(SubmissionState.Submitted, (await SubmissionAsync(submissionId)).State);
    }

    [Fact]
    public async Task Decide_TwoEditorsAtOnce_ExactlyOneWinsAndTheOtherIsTold()
    {
        var submissionId = await SubmittedAsync(await CreateDraftAsync());
        var password = await CreateStaffAsync("portal.editor2", "唐红梅", "PortalEditor", "双牌县人民政府", "portal");
        using var first = await SignInAsync("portal.editor");
        using var second = await SignInAsync("portal.editor2", password);
        var shown = await SubmissionAsync(submissionId);

        using var adopt = await FormAsync(first, submissionId, shown.Version, "adopt");
        using var ret = await FormAsync(second, submissionId, shown.Version, "return");
        var responses = await Task.WhenAll(
            first.Http.PostAsync(new Uri($"/admin/submissions/{submissionId}/adopt", UriKind.Relative), adopt),
            second.Http.PostAsync(new Uri($"/admin/submissions/{submissionId}/return", UriKind.Relative), ret));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var loser = Assert.Single(responses, r => r.StatusCode != HttpStatusCode.Redirect);
        Assert.Contains("已由他人处理", await ErrorOfAsync(loser), StringComparison.Ordinal);
        var after = await SubmissionAsync(submissionId);
        Assert.Equal(shown.Version + 1, after.Version);
        Assert.Contains(after.State, new[] { SubmissionState.Adopted, SubmissionState.Returned });
    }

    private static async Task<FormUrlEncodedContent> FormAsync(StaffClient client, int submissionId, int version, string action)
    {
        var (_, page) = await client.GetPageAsync($"/admin/submissions/{submissionId}");
        var token = page.QuerySelector($"form[action='/admin/submissions/{submissionId}/{action}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Reason"] = "同时处理",
        });
    }
}
