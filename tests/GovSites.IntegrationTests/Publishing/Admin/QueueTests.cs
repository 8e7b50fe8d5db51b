using System.Net;
using System.Text.Json;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Publishing;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Publishing.Admin;

public sealed class QueueTests(GovSitesFactory factory) : PublishingAdminTest(factory)
{
    [Fact]
    public async Task Republish_Site_QueuesOneFullJobRequestedByTheAdmin()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync(PagePath, new() { ["siteId"] = $"{siteId}" }, $"{PagePath}?handler=Republish");
        var again = await client.PostFormAsync(PagePath, new() { ["siteId"] = $"{siteId}" }, $"{PagePath}?handler=Republish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var job = Assert.Single(await JobsAsync());
        Assert.Equal((siteId, PublishJobKind.Full, PublishJobState.Queued, await AccountIdAsync("admin")), (job.SiteId, job.Kind, job.State, job.RequestedById));
        var (_, page) = await client.GetPageAsync(PagePath);
        var row = page.QuerySelector($"#recent-jobs tr[data-job='{job.Id}']")!;
        Assert.Equal("排队中", row.QuerySelector("td[data-label=状态]")!.TextContent.Trim());
        Assert.Equal("admin", row.QuerySelector("td[data-label=提交人]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"#publish-progress li[data-job='{job.Id}'] progress"));
        Assert.Equal("true", page.QuerySelector("#publish-progress")!.GetAttribute("data-active"));
    }

    [Fact]
    public async Task RepublishAll_QueuesAFullJobForEverySite()
    {
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync(PagePath, [], $"{PagePath}?handler=RepublishAll");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sites = await WithDbAsync(db => db.Sites.Select(s => s.Id).OrderBy(id => id).ToListAsync());
        var jobs = await JobsAsync();
        Assert.Equal(sites, jobs.Select(j => j.SiteId).Order().ToList());
        Assert.All(jobs, j => Assert.Equal((PublishJobKind.Full, PublishJobState.Queued), (j.Kind, j.State)));
    }

    [Fact]
    public async Task RepublishAll_WithJobsWaiting_KeepsThemAndQueuesOnlyTheMissingOnes()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("admin");
        await client.PostFormAsync(PagePath, new() { ["siteId"] = $"{siteId}" }, $"{PagePath}?handler=Republish");
        var waiting = Assert.Single(await JobsAsync());

        await client.PostFormAsync(PagePath, [], $"{PagePath}?handler=RepublishAll");
        await client.PostFormAsync(PagePath, [], $"{PagePath}?handler=RepublishAll");

        var sites = await WithDbAsync(db => db.Sites.Select(s => s.Id).OrderBy(id => id).ToListAsync());
        var jobs = await JobsAsync();
        Assert.Equal(sites, jobs.Select(j => j.SiteId).Order().ToList());
        Assert.Equal(waiting.Id, Assert.Single(jobs, j => j.SiteId == siteId).Id);
    }

    [Fact]
    public async Task Republish_UnknownSite_404AndNothingQueued()
    {
        using var client = await SignInAsync("admin");

        var republish = await client.PostFormAsync(PagePath, new() { ["siteId"] = "99999" }, $"{PagePath}?handler=Republish");
        var rollback = await client.PostFormAsync(PagePath, new() { ["siteId"] = "99999", ["release"] = "1" }, $"{PagePath}?handler=Rollback");

        Assert.Equal(HttpStatusCode.NotFound, republish.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rollback.StatusCode);
        Assert.Empty(await JobsAsync());
    }

    [Fact]
    public async Task Rollback_KeptRelease_QueuesRollbackToIt()
    {
        await ReleasesAsync("lbz", 3, 1, 2, 3);
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync(PagePath, new() { ["siteId"] = $"{siteId}", ["release"] = "2" }, $"{PagePath}?handler=Rollback");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var job = Assert.Single(await JobsAsync());
        Assert.Equal((siteId, PublishJobKind.Rollback, PublishJobState.Queued, 2), (job.SiteId, job.Kind, job.State, job.TargetRelease));
        Assert.Equal("000003", new FileInfo(Current("lbz")).LinkTarget);
    }

    [Theory]
    [InlineData("7", "版本 000007 不存在或已不再保留")]
    [InlineData("4", "版本 000004 不存在或已不再保留")]
    [InlineData("3", "版本 000003 已是当前正在使用的版本")]
    [InlineData("", "版本 （未指定） 不存在或已不再保留")]
    public async Task Rollback_ReleaseNotKeptOrLive_RefusedWithMessageAndNothingQueued(string release, string message)
    {
        await ReleasesAsync("lbz", 3, 1, 2, 3);
        IncompleteRelease("lbz", 4);
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync(PagePath, new() { ["siteId"] = $"{siteId}", ["release"] = release }, $"{PagePath}?handler=Rollback");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains(message, page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await JobsAsync());
        Assert.Equal("000003", new FileInfo(Current("lbz")).LinkTarget);
    }

    [Fact]
    public async Task Progress_RunningAndQueuedJobs_ReportedAsJson()
    {
        var lbz = await SiteIdAsync("lbz");
        var portal = await SiteIdAsync("portal");
        await WithDbAsync(async db =>
        {
            var now = Factory.Clock.GetUtcNow();
            db.Add(new PublishJob { SiteId = lbz, Kind = PublishJobKind.Full, State = PublishJobState.Running, Attempts = 1, Done = 30, Total = 120, CreatedAt = now, NextAttemptAt = now });
            db.Add(new PublishJob { SiteId = portal, Kind = PublishJobKind.Incremental, State = PublishJobState.Queued, CreatedAt = now, NextAttemptAt = now });
            db.Add(new PublishJob { SiteId = portal, Kind = PublishJobKind.Full, State = PublishJobState.Succeeded, Done = 9, Total = 9, CreatedAt = now, NextAttemptAt = now });
            await db.SaveChangesAsync();
        });
        using var client = await SignInAsync("auditor");

        var response = await client.Http.GetAsync(new Uri($"{PagePath}/progress", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var active = json.RootElement.GetProperty("active").EnumerateArray().ToList();
        Assert.Equal(2, active.Count);
        var running = active.Single(j => j.GetProperty("siteId").GetInt32() == lbz);
        Assert.Equal(("发布中", "全站发布", 30, 120), (running.GetProperty("state").GetString(), running.GetProperty("kind").GetString(), running.GetProperty("done").GetInt32(), running.GetProperty("total").GetInt32()));
        Assert.Equal("排队中", active.Single(j => j.GetProperty("siteId").GetInt32() == portal).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Get_FailedAttemptWaitingForRetry_ShowsErrorAttemptsAndNextRetry()
    {
        var lbz = await SiteIdAsync("lbz");
        var now = Factory.Clock.GetUtcNow();
        await WithDbAsync(async db =>
        {
            db.Add(new PublishJob { SiteId = lbz, Kind = PublishJobKind.Full, State = PublishJobState.Queued, Attempts = 2, LastError = "模板 list.liquid 第 3 行出错", CreatedAt = now, NextAttemptAt = now.AddSeconds(20) });
            await db.SaveChangesAsync();
        });
        using var client = await SignInAsync("admin");

        var (_, page) = await client.GetPageAsync(PagePath);

        var row = page.QuerySelector("#recent-jobs tbody tr")!;
        Assert.Equal("2 / 6", row.QuerySelector("td[data-label=尝试次数]")!.TextContent.Trim());
        Assert.Equal("模板 list.liquid 第 3 行出错", row.QuerySelector("td[data-label=最近错误]")!.TextContent.Trim());
        Assert.Equal(now.AddSeconds(20).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("td[data-label=下次重试]")!.TextContent.Trim());
        Assert.Equal("系统（信息发布或撤回）", row.QuerySelector("td[data-label=提交人]")!.TextContent.Trim());
    }
}
