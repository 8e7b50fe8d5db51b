using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Publishing;
using GovSites.Modules.Publishing.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Publishing.Admin;

public sealed class RollbackFlowTests(GovSitesFactory factory) : PublishingAdminTest(factory)
{
    [Fact]
    public async Task Rollback_AfterTwoRealPublishes_TheQueuedJobMakesTheOlderReleaseLive()
    {
        await RunJobAsync("lbz", PublishJobKind.Full);
        await RunJobAsync("lbz", PublishJobKind.Full);
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("admin");
        var (_, before) = await client.GetPageAsync(PagePath);
        var row = before.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("lbz", StringComparison.Ordinal));
        Assert.Contains("版本 000002", row.QuerySelector("td[data-label=当前版本]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("全站发布", row.QuerySelector("td[data-label=当前版本]")!.TextContent, StringComparison.Ordinal);

        var response = await client.PostFormAsync(PagePath, new() { ["siteId"] = $"{siteId}", ["release"] = "1" }, $"{PagePath}?handler=Rollback");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var jobId = await WithDbAsync(db => db.Set<PublishJob>().Where(j => j.Kind == PublishJobKind.Rollback).Select(j => j.Id).SingleAsync());
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<JobRunner>().RunNextAsync(jobId, null, CancellationToken.None);
        }

        Assert.Equal("000001", new FileInfo(Current("lbz")).LinkTarget);
        var (_, after) = await client.GetPageAsync(PagePath);
        row = after.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("lbz", StringComparison.Ordinal));
        Assert.Contains("版本 000001", row.QuerySelector("td[data-label=当前版本]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2"], row.QuerySelectorAll("form[action*='handler=Rollback'] input[name=release]").Select(i => i.GetAttribute("value")));
        var jobRow = after.QuerySelector($"#recent-jobs tr[data-job='{jobId}']")!;
        Assert.Contains("已完成", jobRow.QuerySelector("td[data-label=状态]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("admin", jobRow.QuerySelector("td[data-label=提交人]")!.TextContent.Trim());
        Assert.Equal("false", after.QuerySelector("#publish-progress")!.GetAttribute("data-active"));
    }
}
