using GovSites.IntegrationTests.Fixture;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Review;

/// <summary>待我审核: what each role sees, across sites, oldest first.</summary>
public sealed class InboxTests(GovSitesFactory factory) : ReviewTest(factory)
{
    private static async Task<List<string>> TitlesAsync(StaffClient client)
    {
        var (_, page) = await client.GetPageAsync("/admin/review/inbox");
        return [.. page.QuerySelectorAll("main tbody tr td[data-label=标题]").Select(td => td.TextContent.Trim())];
    }

    [Fact]
    public async Task Inbox_EachRole_SeesOnlyTheStepsItHoldsNow()
    {
        var lbzFirst = await CreateDraftAsync(title: "泷泊镇稿件甲");
        var lbzSecond = await CreateDraftAsync(title: "泷泊镇稿件乙");
        var portal = await CreateDraftAsync(siteKey: "portal", author: "portal.editor", channelKey: "spyw", title: "门户稿件丙");
        await SubmittedReviewAsync(lbzFirst);
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await SubmittedReviewAsync(lbzSecond);
        await SubmittedReviewAsync(portal, submitter: "portal.editor");
        using (var reviewer = await SignInAsync("lbz.reviewer"))
        {
            await DecideAsync(reviewer, second, "approve");
        }

        using var lbzReviewer = await SignInAsync("lbz.reviewer");
        using var lbzSecrecy = await SignInAsync("lbz.secrecy");
        using var portalReviewer = await SignInAsync("portal.reviewer");
        using var portalSecrecy = await SignInAsync("portal.secrecy");
        using var officer = await SignInAsync("lbz.officer");
        using var admin = await SignInAsync("admin");

        Assert.Equal(["泷泊镇稿件甲"], await TitlesAsync(lbzReviewer));
        Assert.Equal(["泷泊镇稿件乙"], await TitlesAsync(lbzSecrecy));
        Assert.Equal(["门户稿件丙"], await TitlesAsync(portalReviewer));
        Assert.Empty(await TitlesAsync(portalSecrecy));
        Assert.Empty(await TitlesAsync(officer));
        Assert.Empty(await TitlesAsync(admin));
    }

    [Fact]
    public async Task Inbox_ManyWaiting_OldestFirstWithSiteChannelStepAndTime()
    {
        foreach (var title in new[] { "第一件", "第二件", "第三件" })
        {
            await SubmittedReviewAsync(await CreateDraftAsync(title: title));
            Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        using var reviewer = await SignInAsync("lbz.reviewer");
        var (_, page) = await reviewer.GetPageAsync("/admin/review/inbox");

        Assert.Equal(["第一件", "第二件", "第三件"], await TitlesAsync(reviewer));
        var row = page.QuerySelector("main tbody tr")!;
        Assert.Equal("泷泊镇人民政府", row.QuerySelector("td[data-label=站点]")!.TextContent.Trim());
        Assert.Equal("动态要闻", row.QuerySelector("td[data-label=栏目]")!.TextContent.Trim());
        Assert.Equal("初审", row.QuerySelector("td[data-label=当前环节]")!.TextContent.Trim());
        Assert.Equal("王芳", row.QuerySelector("td[data-label=送审人]")!.TextContent.Trim());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", row.QuerySelector("td[data-label=送审时间]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Inbox_NamedHolder_SeesTheStepWithoutTheRole()
    {
        var articleId = await CreateDraftAsync(title: "指定人员审核的稿件");
        var reviewId = await SubmittedReviewAsync(articleId);
        var officerId = await AccountIdAsync("jyj.officer");
        var leaderPassword = await CreateStaffAsync("lbz.leader", "赵书记", "InfoOfficer", "泷泊镇人民政府", siteKey: null);
        var leaderId = await AccountIdAsync("lbz.leader");
        await WithDbAsync(async db =>
        {
            var step = await db.Set<Modules.Review.ReviewStep>().SingleAsync(s => s.ReviewId == reviewId && s.Order == 1);
            step.Role = null;
            step.AccountIds = [leaderId, officerId];
            await db.SaveChangesAsync();
        });

        using var leader = await SignInAsync("lbz.leader", leaderPassword);
        using var reviewer = await SignInAsync("lbz.reviewer");
        using var otherUnit = await SignInAsync("jyj.officer");

        Assert.Equal(["指定人员审核的稿件"], await TitlesAsync(leader));
        Assert.Empty(await TitlesAsync(reviewer));
        Assert.Empty(await TitlesAsync(otherUnit));
        var (response, _) = await leader.GetPageAsync($"/admin/review/{reviewId}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Layout_ReviewRoles_HaveTheInboxLink()
    {
        using var reviewer = await SignInAsync("lbz.reviewer");
        using var officer = await SignInAsync("lbz.officer");

        var (_, reviewerPage) = await reviewer.GetPageAsync("/admin");
        var (_, officerPage) = await officer.GetPageAsync("/admin");

        Assert.NotNull(reviewerPage.QuerySelector("nav a[href='/admin/review/inbox']"));
        Assert.Null(officerPage.QuerySelector("nav a[href='/admin/review/inbox']"));
    }
}
