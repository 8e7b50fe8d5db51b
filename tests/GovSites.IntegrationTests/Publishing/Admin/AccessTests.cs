using System.Net;
using GovSites.IntegrationTests.Fixture;

namespace GovSites.IntegrationTests.Publishing.Admin;

public sealed class AccessTests(GovSitesFactory factory) : PublishingAdminTest(factory)
{
    [Fact]
    public async Task Get_PlatformAdmin_SeesReleasesWithRollbackAndRepublishButtons()
    {
        await ReleasesAsync("lbz", 3, 1, 2, 3);
        IncompleteRelease("lbz", 4);
        using var client = await SignInAsync("admin");

        var (response, page) = await client.GetPageAsync(PagePath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("nav a[href='/admin/publishing']"));
        var lbz = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("lbz", StringComparison.Ordinal));
        Assert.Contains("版本 000003", lbz.QuerySelector("td[data-label=当前版本]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("43 个文件", lbz.QuerySelector("td[data-label=当前版本]")!.TextContent, StringComparison.Ordinal);
        var targets = lbz.QuerySelectorAll("form[action*='handler=Rollback'] input[name=release]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["2", "1"], targets);
        Assert.All(lbz.QuerySelectorAll("form[action*='handler=Rollback']"), f => Assert.Contains("回滚", f.GetAttribute("data-confirm"), StringComparison.Ordinal));
        Assert.NotNull(lbz.QuerySelector("form[action*='handler=Republish'] button"));
        Assert.NotNull(page.QuerySelector("form[action*='handler=RepublishAll']"));
        Assert.NotNull(page.QuerySelector("script[src^='/admin/publishing.js']"));
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("evaluator")]
    [InlineData("security")]
    public async Task Get_ReadOnlyRoles_SeeReleasesWithoutButtons(string userName)
    {
        await ReleasesAsync("lbz", 2, 1, 2);
        using var client = await SignInAsync(userName);

        var (response, page) = await client.GetPageAsync(PagePath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("版本 000001", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("form[action*='handler=']"));
        Assert.DoesNotContain("回滚到此版本", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("evaluator")]
    public async Task Post_ReadOnlyRoles_403AndNothingQueued(string userName)
    {
        await ReleasesAsync("lbz", 2, 1, 2);
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync(userName);

        var republish = await client.PostFormAsync(PagePath, new() { ["siteId"] = $"{siteId}" }, $"{PagePath}?handler=Republish");
        var all = await client.PostFormAsync(PagePath, [], $"{PagePath}?handler=RepublishAll");
        var rollback = await client.PostFormAsync(PagePath, new() { ["siteId"] = $"{siteId}", ["release"] = "1" }, $"{PagePath}?handler=Rollback");

        Assert.Equal(HttpStatusCode.Forbidden, republish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, all.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rollback.StatusCode);
        Assert.Empty(await JobsAsync());
    }

    [Theory]
    [InlineData("portal.editor")]
    [InlineData("lbz.officer")]
    [InlineData("lbz.reviewer")]
    [InlineData("funds")]
    public async Task Get_OtherRoles_403(string userName)
    {
        using var client = await SignInAsync(userName);

        var (response, page) = await client.GetPageAsync(PagePath);
        var progress = await client.Http.GetAsync(new Uri($"{PagePath}/progress", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, progress.StatusCode);
        Assert.Null(page.QuerySelector("nav a[href='/admin/publishing']"));
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }
}
