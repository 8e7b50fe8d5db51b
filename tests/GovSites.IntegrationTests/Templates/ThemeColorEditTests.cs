using System.Net;
using GovSites.IntegrationTests.Fixture;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Templates;

/// <summary>Modules/Templates/Site: <c>/admin/templates/{siteId}</c> (main colour).</summary>
public sealed class ThemeColorEditTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    // Npgsql cannot project into a ValueTuple: read the row, then make the tuple.
    private Task<(int SiteId, string Color, int Version)> ColorAsync(string key) => WithDbAsync(async db =>
    {
        var t = await db.ThemeSettings.AsNoTracking().SingleAsync(t => db.Sites.Any(s => s.Id == t.SiteId && s.Key == key));
        return (t.SiteId, t.MainColor, t.Version);
    });

    [Fact]
    public async Task Save_DarkColor_Saved()
    {
        var (siteId, _, version) = await ColorAsync("lbz");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/templates/{siteId}", new() { ["MainColor"] = "#0B5394", ["Version"] = $"{version}" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("#0b5394", (await ColorAsync("lbz")).Color);
    }

    [Fact]
    public async Task Save_LightColor_RefusedWithContrastAndUnchanged()
    {
        var before = await ColorAsync("lbz");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/templates/{before.SiteId}", new() { ["MainColor"] = "#ffd700", ["Version"] = $"{before.Version}" });

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("低于无障碍要求的 4.5:1", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await ColorAsync("lbz"));
    }

    [Fact]
    public async Task Save_StaleVersion_Conflict()
    {
        var before = await ColorAsync("lbz");
        using var client = await SignInAsync("admin");
        await client.PostFormAsync($"/admin/templates/{before.SiteId}", new() { ["MainColor"] = "#0b5394", ["Version"] = $"{before.Version}" });

        var response = await client.PostFormAsync($"/admin/templates/{before.SiteId}", new() { ["MainColor"] = "#123456", ["Version"] = $"{before.Version}" });

        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Contains("该记录已被他人修改", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#0b5394", (await ColorAsync("lbz")).Color);
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("auditor", HttpStatusCode.OK)]
    [InlineData("portal.editor", HttpStatusCode.Forbidden)]
    [InlineData("funds", HttpStatusCode.Forbidden)]
    public async Task Index_ByRole_ShownOrForbidden(string user, HttpStatusCode expected)
    {
        using var client = await SignInAsync(user);

        var (response, _) = await client.GetPageAsync("/admin/templates");

        Assert.Equal(expected, response.StatusCode);
    }
}
