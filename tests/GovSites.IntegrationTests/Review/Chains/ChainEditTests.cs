using System.Globalization;
using System.Net;
using GovSites.IntegrationTests.Access;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Review.Chains;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Review.Chains;

/// <summary>设置审核流程 on <c>/admin/review/chains</c>: the platform admin sets them, nobody saves an invalid one.</summary>
public sealed class ChainEditTests(GovSitesFactory factory) : ReviewTest(factory)
{
    private Task<(int SiteId, int ChannelId)> IdsAsync(string siteKey = "lbz", string channelKey = "zcwj") => WithDbAsync(async db =>
    {
        var siteId = await db.Sites.Where(s => s.Key == siteKey).Select(s => s.Id).SingleAsync();
        return (siteId, await db.Channels.Where(c => c.SiteId == siteId && c.Key == channelKey).Select(c => c.Id).SingleAsync());
    });

    private static Dictionary<string, string> Form(params (string Key, string Value)[] overrides)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Steps[0].Name"] = "初审",
            ["Input.Steps[0].Role"] = "Reviewer",
            ["Input.SourceCheck.Name"] = "来源审核",
            ["Input.SourceCheck.Role"] = "Reviewer",
            ["Input.Secrecy.Name"] = "保密审查",
            ["Input.Secrecy.Role"] = "SecrecyReviewer",
            ["Input.Version"] = "0",
        };
        foreach (var (key, value) in overrides)
        {
            form[key] = value;
        }

        return form;
    }

    private Task<int> ChainCountAsync() => WithDbAsync(db => db.Set<ReviewChain>().CountAsync());

    [Fact]
    public async Task List_Admin_SeesEverySiteWithItsDemoChain()
    {
        using var admin = await SignInAsync("admin");

        var (response, page) = await admin.GetPageAsync("/admin/review/chains");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("main tbody tr");
        Assert.Equal(await WithDbAsync(db => db.Sites.CountAsync()), rows.Length);
        Assert.All(rows, r => Assert.Contains("保密审查（保密审查员）", r.TextContent, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("admin", true)]
    [InlineData("auditor", false)]
    public async Task SitePage_ShowsTheSiteChainAndOffersEditingOnlyToTheAdmin(string user, bool editable)
    {
        var (siteId, _) = await IdsAsync();
        using var client = await SignInAsync(user);

        var (response, page) = await client.GetPageAsync($"/admin/review/chains?site={siteId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("初审（审核人） → 来源审核（审核人，仅非本单位制文） → 保密审查（保密审查员）", MainText(page), StringComparison.Ordinal);
        Assert.Equal(editable, page.QuerySelector("main a[href^='/admin/review/chains/']") is not null);
    }

    [Fact]
    public async Task SitePage_UnitStaff_AreForbidden()
    {
        var (siteId, _) = await IdsAsync();
        using var client = await SignInAsync("lbz.officer");

        var (response, _) = await client.GetPageAsync($"/admin/review/chains?site={siteId}");

        Assert.Equal(Outcome.Forbidden, OutcomeOf.Read(response));
    }

    [Fact]
    public async Task NewChannelChain_Valid_IsSavedAndUsedForThatChannel()
    {
        var (siteId, channelId) = await IdsAsync();
        var leader = await AccountIdAsync("lbz.reviewer");
        using var admin = await SignInAsync("admin");
        var path = $"/admin/review/chains/new?site={siteId}&channel={channelId}";

        var response = await admin.PostFormAsync(path, Form(
            ("Input.Steps[1].Name", "分管领导审核"), ("Input.Steps[1].AccountIds", leader.ToString(CultureInfo.InvariantCulture))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var chain = await WithDbAsync(db => db.Set<ReviewChain>().Include(c => c.Steps).SingleAsync(c => c.ChannelId == channelId));
        Assert.Equal(["初审", "分管领导审核", "来源审核", "保密审查"], chain.Steps.OrderBy(s => s.Order).Select(s => s.Name));
        Assert.Equal([leader], chain.Steps.Single(s => s.Name == "分管领导审核").AccountIds);
        Assert.False(chain.AllowSelfApproval);
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "ReviewChain.Created" && e.UserName == "admin")));
    }

    public static TheoryData<string, string, string> BadForms => new()
    {
        { "Input.Secrecy.Name", string.Empty, "须填写名称" },
        { "Input.Secrecy.Role", string.Empty, "须指定担任的角色或人员" },
        { "Input.Secrecy.Role", "Reviewer", "保密审查环节须由保密审查员或指定人员担任。" },
        { "Input.Steps[0].Name", string.Empty, "须填写名称" },
        { "Input.SourceCheck.Role", "PlatformAdmin", "“来源审核”环节的担任角色无效。" },
    };

    [Theory]
    [MemberData(nameof(BadForms))]
    public async Task NewChain_Invalid_ShowsWhyAndSavesNothing(string field, string value, string message)
    {
        var (siteId, channelId) = await IdsAsync();
        var before = await ChainCountAsync();
        using var admin = await SignInAsync("admin");

        var response = await admin.PostFormAsync($"/admin/review/chains/new?site={siteId}&channel={channelId}", Form((field, value), ("Input.Steps[1].Name", "复审"), ("Input.Steps[1].Role", "Reviewer")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains(message, page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("复审", page.QuerySelector("input[name='Input.Steps[1].Name']")!.GetAttribute("value"));
        Assert.Equal(before, await ChainCountAsync());
    }

    [Fact]
    public async Task NewChain_NoOrdinaryStep_IsRefused()
    {
        var (siteId, channelId) = await IdsAsync();
        using var admin = await SignInAsync("admin");

        var response = await admin.PostFormAsync($"/admin/review/chains/new?site={siteId}&channel={channelId}", Form(("Input.Steps[0].Name", string.Empty), ("Input.Steps[0].Role", string.Empty)));

        Assert.Contains("至少需要设置一个审核环节", await ErrorOfAsync(response), StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.Set<ReviewChain>().AnyAsync(c => c.ChannelId == channelId)));
    }

    [Fact]
    public async Task NewChain_SixOrdinaryStepsFromAForgedForm_IsRefused()
    {
        var (siteId, channelId) = await IdsAsync();
        using var admin = await SignInAsync("admin");
        var steps = Enumerable.Range(0, 6).SelectMany(i => new[] { ($"Input.Steps[{i}].Name", $"环节{i + 1}"), ($"Input.Steps[{i}].Role", "Reviewer") }).ToArray();

        var response = await admin.PostFormAsync($"/admin/review/chains/new?site={siteId}&channel={channelId}", Form(steps));

        Assert.Contains("审核环节最多 5 个", await ErrorOfAsync(response), StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.Set<ReviewChain>().AnyAsync(c => c.ChannelId == channelId)));
    }

    [Fact]
    public async Task NewChain_NamedAccountOfAnotherUnit_IsRefused()
    {
        var (siteId, channelId) = await IdsAsync();
        var stranger = await AccountIdAsync("jyj.officer");
        using var admin = await SignInAsync("admin");

        var response = await admin.PostFormAsync($"/admin/review/chains/new?site={siteId}&channel={channelId}",
            Form(("Input.Steps[0].Role", string.Empty), ("Input.Steps[0].AccountIds", stranger.ToString(CultureInfo.InvariantCulture))));

        Assert.Contains("“初审”环节指定的人员须是本站点所属单位的工作人员。", await ErrorOfAsync(response), StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.Set<ReviewChain>().AnyAsync(c => c.ChannelId == channelId)));
    }

    [Fact]
    public async Task EditSiteChain_AddsAStepAndBumpsTheVersion()
    {
        var (siteId, _) = await IdsAsync();
        var chain = await WithDbAsync(db => db.Set<ReviewChain>().AsNoTracking().SingleAsync(c => c.SiteId == siteId && c.ChannelId == null));
        using var admin = await SignInAsync("admin");

        var response = await admin.PostFormAsync($"/admin/review/chains/{chain.Id}", Form(
            ("Input.Version", chain.Version.ToString(CultureInfo.InvariantCulture)), ("Input.Steps[1].Name", "分管领导审核"), ("Input.Steps[1].Role", "Reviewer"), ("Input.AllowSelfApproval", "true")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await WithDbAsync(db => db.Set<ReviewChain>().Include(c => c.Steps).SingleAsync(c => c.Id == chain.Id));
        Assert.Equal(["初审", "分管领导审核", "来源审核", "保密审查"], saved.Steps.OrderBy(s => s.Order).Select(s => s.Name));
        Assert.True(saved.AllowSelfApproval);
        Assert.Equal(chain.Version + 1, saved.Version);
    }

    [Fact]
    public async Task EditSiteChain_StaleVersion_IsAConflictAndSavesNothing()
    {
        var (siteId, _) = await IdsAsync();
        var chain = await WithDbAsync(db => db.Set<ReviewChain>().AsNoTracking().Include(c => c.Steps).SingleAsync(c => c.SiteId == siteId && c.ChannelId == null));
        using var admin = await SignInAsync("admin");

        var response = await admin.PostFormAsync($"/admin/review/chains/{chain.Id}", Form(
            ("Input.Version", (chain.Version - 1).ToString(CultureInfo.InvariantCulture)), ("Input.Steps[0].Name", "改过的初审")));

        Assert.Contains("该记录已被他人修改，请刷新后重新编辑。", await ErrorOfAsync(response), StringComparison.Ordinal);
        var saved = await WithDbAsync(db => db.Set<ReviewChain>().Include(c => c.Steps).SingleAsync(c => c.Id == chain.Id));
        Assert.Equal(chain.Version, saved.Version);
        Assert.Equal(chain.Steps.OrderBy(s => s.Order).Select(s => s.Name), saved.Steps.OrderBy(s => s.Order).Select(s => s.Name));
    }

    [Fact]
    public async Task EditSiteChain_ReviewUnderWay_KeepsItsSteps()
    {
        var reviewId = await SubmittedReviewAsync(await CreateDraftAsync());
        var (siteId, _) = await IdsAsync();
        var chain = await WithDbAsync(db => db.Set<ReviewChain>().AsNoTracking().SingleAsync(c => c.SiteId == siteId && c.ChannelId == null));
        using var admin = await SignInAsync("admin");

        await admin.PostFormAsync($"/admin/review/chains/{chain.Id}", Form(("Input.Version", chain.Version.ToString(CultureInfo.InvariantCulture)), ("Input.Steps[0].Name", "新的初审")));

        Assert.Equal(["初审", "保密审查"], (await ReviewAsync(reviewId)).Steps.OrderBy(s => s.Order).Select(s => s.Name));
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("security")]
    [InlineData("lbz.reviewer")]
    [InlineData("portal.editor")]
    public async Task Edit_NotThePlatformAdmin_IsForbiddenAndSavesNothing(string user)
    {
        var (siteId, _) = await IdsAsync();
        var chain = await WithDbAsync(db => db.Set<ReviewChain>().AsNoTracking().SingleAsync(c => c.SiteId == siteId && c.ChannelId == null));
        using var client = await SignInAsync(user);

        var (form, _) = await client.GetPageAsync($"/admin/review/chains/{chain.Id}");
        var post = await client.PostFormAsync("/admin/password", Form(("Input.Version", chain.Version.ToString(CultureInfo.InvariantCulture)), ("Input.Steps[0].Name", "越权修改")), $"/admin/review/chains/{chain.Id}");

        Assert.Equal(Outcome.Forbidden, OutcomeOf.Read(form));
        Assert.Equal(Outcome.Forbidden, OutcomeOf.Read(post));
        Assert.Equal(chain.Version, (await WithDbAsync(db => db.Set<ReviewChain>().AsNoTracking().SingleAsync(c => c.Id == chain.Id))).Version);
    }

    [Fact]
    public async Task DeleteChannelChain_ArticlesFollowTheSiteChainAgain()
    {
        var (siteId, channelId) = await IdsAsync();
        using var admin = await SignInAsync("admin");
        await admin.PostFormAsync($"/admin/review/chains/new?site={siteId}&channel={channelId}", Form());
        var chainId = await WithDbAsync(db => db.Set<ReviewChain>().Where(c => c.ChannelId == channelId).Select(c => c.Id).SingleAsync());

        var response = await admin.PostFormAsync($"/admin/review/chains/{chainId}", new(), $"/admin/review/chains/{chainId}/delete");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await WithDbAsync(db => db.Set<ReviewChain>().AnyAsync(c => c.Id == chainId)));
        Assert.False(await WithDbAsync(db => db.Set<ReviewChainStep>().AnyAsync(s => s.ChainId == chainId)));
    }
}
