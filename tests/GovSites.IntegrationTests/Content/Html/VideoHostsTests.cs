using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Content.Html;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Content.Html;

public sealed class VideoHostsTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    private const string Page = "/admin/settings/video-hosts";

    private const string Body =
        "<p>宣传片</p><iframe src=\"https://player.bilibili.com/player.html?bvid=BV1xx\" allowfullscreen></iframe>" +
        "<iframe src=\"https://evil.example/player\"></iframe>";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        // The list is cached for a minute; the database was just reset under it.
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<VideoHostList>().Forget();
    }

    private async Task<IReadOnlyCollection<string>> AllowedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IVideoHostList>().GetAsync();
    }

    private Task<List<string>> HostsAsync() => WithDbAsync(db => db.Set<AllowedVideoHost>().Select(h => h.Host).ToListAsync());

    [Fact]
    public async Task AddHost_ByThePlatformAdmin_LetsItsVideosThroughTheSanitizerAndNoOthers()
    {
        using var admin = await SignInAsync("admin");
        var before = new BodySanitizer().Sanitize(Body, await AllowedAsync()).Html;

        var response = await admin.PostFormAsync(Page, new() { ["Host"] = " Player.Bilibili.com " }, Page + "?handler=Add");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["player.bilibili.com"], await HostsAsync());
        var after = new BodySanitizer().Sanitize(Body, await AllowedAsync()).Html;
        Assert.DoesNotContain("<iframe", before, StringComparison.Ordinal);
        Assert.Contains("<iframe src=\"https://player.bilibili.com/player.html?bvid=BV1xx\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", after, StringComparison.Ordinal);
        var (_, page) = await admin.GetPageAsync(Page);
        Assert.Contains("player.bilibili.com", page.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveHost_ByThePlatformAdmin_StopsItsVideos()
    {
        using var admin = await SignInAsync("admin");
        await admin.PostFormAsync(Page, new() { ["Host"] = "player.bilibili.com" }, Page + "?handler=Add");
        Assert.Contains("player.bilibili.com", await AllowedAsync());
        var id = await WithDbAsync(db => db.Set<AllowedVideoHost>().Select(h => h.Id).SingleAsync());

        var response = await admin.PostFormAsync(Page, [], $"{Page}?handler=Remove&id={id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await HostsAsync());
        Assert.DoesNotContain("<iframe", new BodySanitizer().Sanitize(Body, await AllowedAsync()).Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://player.bilibili.com/player.html", "不要带 https://")]
    [InlineData("*.bilibili.com", "不要带")]
    [InlineData("player.bilibili.com:8443", "不要带")]
    [InlineData("localhost", "不是有效的域名")]
    [InlineData("10.0.0.1", "不是有效的域名")]
    [InlineData("", "请填写")]
    public async Task AddHost_NotAHostName_IsRefusedWithTheReasonAndKeepsTheInput(string input, string reason)
    {
        using var admin = await SignInAsync("admin");

        var response = await admin.PostFormAsync(Page, new() { ["Host"] = input }, Page + "?handler=Add");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains(reason, page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(input, page.QuerySelector("input[name=Host]")!.GetAttribute("value") ?? string.Empty);
        Assert.Empty(await HostsAsync());
    }

    [Fact]
    public async Task AddHost_AlreadyListed_IsRefused()
    {
        using var admin = await SignInAsync("admin");
        await admin.PostFormAsync(Page, new() { ["Host"] = "player.youku.com" }, Page + "?handler=Add");

        var response = await admin.PostFormAsync(Page, new() { ["Host"] = "PLAYER.youku.com" }, Page + "?handler=Add");

        Assert.Contains("已在列表中", (await StaffClient.ReadDocumentAsync(response)).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["player.youku.com"], await HostsAsync());
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("security")]
    [InlineData("evaluator")]
    public async Task VideoHostsPage_PlatformWideReader_SeesTheListButCannotChangeIt(string user)
    {
        using var client = await SignInAsync(user);

        var (read, page) = await client.GetPageAsync(Page);
        var add = await client.PostFormAsync(Page, new() { ["Host"] = "v.qq.com" }, Page + "?handler=Add");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Null(page.QuerySelector("input[name=Host]"));
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Empty(await HostsAsync());
    }

    [Theory]
    [InlineData("lbz.officer")]
    [InlineData("portal.editor")]
    [InlineData("funds")]
    public async Task VideoHostsPage_SiteStaff_IsDenied(string user)
    {
        using var client = await SignInAsync(user);

        var (response, _) = await client.GetPageAsync(Page);
        var add = await client.PostFormAsync("/admin", new() { ["Host"] = "v.qq.com" }, Page + "?handler=Add");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Empty(await HostsAsync());
    }
}
