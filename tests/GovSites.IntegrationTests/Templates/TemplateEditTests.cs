using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Templates;

/// <summary>Modules/Templates/Edit: <c>/admin/templates/{siteId}/{name}</c>.</summary>
public sealed class TemplateEditTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    private const string Conflict = "该记录已被他人修改，请刷新后重新编辑。";

    private Task<int> SiteIdAsync(string key) => WithDbAsync(db => db.Sites.Where(s => s.Key == key).Select(s => s.Id).SingleAsync());

    private Task<List<TemplateOverride>> OverridesAsync() => WithDbAsync(db => db.TemplateOverrides.AsNoTracking().OrderBy(t => t.Id).ToListAsync());

    private static async Task<string> ErrorsAsync(HttpResponseMessage response) =>
        (await StaffClient.ReadDocumentAsync(response)).QuerySelector(".errors")?.TextContent ?? "";

    [Fact]
    public async Task Save_ValidTemplate_StoresOverrideAndTheRendererUsesIt()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("admin");
        var source = DefaultTheme.Sources[TemplateName.NotFound].Replace("页面不存在", "找不到页面", StringComparison.Ordinal);

        var response = await client.PostFormAsync($"/admin/templates/{siteId}/notfound", new() { ["Source"] = source, ["Version"] = "0" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single(await OverridesAsync());
        Assert.Equal(TemplateName.NotFound, saved.Name);
        var (_, page) = await client.GetPageAsync($"/admin/templates/{siteId}");
        Assert.Contains("下次发布时生效", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".notice a[href='/admin/publishing']"));
        var theme = await Factory.Services.GetRequiredService<IThemeRenderer>().LoadAsync(siteId, CancellationToken.None);
        Assert.Contains("找不到页面", theme.Render(TemplateName.NotFound, SamplePagesFor(theme)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% for a in Articles %}\n{{ a.Title }}\n", "第 2 行第 15 列：缺少 {% endfor %}")]
    [InlineData("<p>\n{{ Site.Secret }}</p>", "第 2 行：引用了不存在的变量或属性“Secret”")]
    [InlineData("{% for a in (1..1000000) %}x{% endfor %}", "执行超出限制")]
    public async Task Save_BrokenTemplate_RefusedWithLineAndNothingSaved(string source, string message)
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/templates/{siteId}/list", new() { ["Source"] = source, ["Version"] = "0" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Contains("模板 list.liquid", errors, StringComparison.Ordinal);
        Assert.Contains(message, errors, StringComparison.Ordinal);
        Assert.Empty(await OverridesAsync());
    }

    [Fact]
    public async Task Save_StaleVersion_RefusedAsConflict()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("admin");
        var source = DefaultTheme.Sources[TemplateName.NotFound];
        await client.PostFormAsync($"/admin/templates/{siteId}/notfound", new() { ["Source"] = source + "<p>一</p>", ["Version"] = "0" });

        var second = await client.PostFormAsync($"/admin/templates/{siteId}/notfound", new() { ["Source"] = source + "<p>二</p>", ["Version"] = "0" });

        Assert.Contains(Conflict, await ErrorsAsync(second), StringComparison.Ordinal);
        Assert.EndsWith("<p>一</p>", Assert.Single(await OverridesAsync()).Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_Overridden_DeletesTheOverride()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("admin");
        await client.PostFormAsync($"/admin/templates/{siteId}/notfound", new() { ["Source"] = "<p>x</p>", ["Version"] = "0" });
        var version = Assert.Single(await OverridesAsync()).Version;

        var response = await client.PostFormAsync($"/admin/templates/{siteId}/notfound", new() { ["Version"] = $"{version}" }, $"/admin/templates/{siteId}/notfound?handler=Restore");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await OverridesAsync());
    }

    [Fact]
    public async Task Preview_DraftSource_RendersWithItsOwnPolicyAndSavesNothing()
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync("auditor");
        var source = DefaultTheme.Sources[TemplateName.Article] + "<p>草稿预览</p>";

        var response = await client.PostFormAsync($"/admin/templates/{siteId}/article", new() { ["Source"] = source }, $"/admin/templates/{siteId}/article?handler=Preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("草稿预览", html, StringComparison.Ordinal);
        Assert.Contains("泷泊镇人民政府", html, StringComparison.Ordinal);
        Assert.Contains("form-action 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Empty(await OverridesAsync());
        var css = await client.Http.GetAsync(new Uri($"/admin/templates/{siteId}/preview-assets/theme.css", UriKind.Relative));
        Assert.Contains("--main: #", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("evaluator")]
    public async Task Save_AsReader_ForbiddenAndNothingSaved(string user)
    {
        var siteId = await SiteIdAsync("lbz");
        using var client = await SignInAsync(user);
        var (get, page) = await client.GetPageAsync($"/admin/templates/{siteId}/list");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Null(page.QuerySelector("button.primary"));

        var response = await client.PostFormAsync($"/admin/templates/{siteId}/list", new() { ["Source"] = "<p>x</p>", ["Version"] = "0" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await OverridesAsync());
    }

    [Theory]
    [InlineData("lbz.officer", "lbz", HttpStatusCode.Forbidden)]
    [InlineData("lbz.officer", "jyj", HttpStatusCode.NotFound)]
    [InlineData("funds", "lbz", HttpStatusCode.NotFound)]
    public async Task Get_WithoutReadAll_ForbiddenOrNotFound(string user, string site, HttpStatusCode expected)
    {
        var siteId = await SiteIdAsync(site);
        using var client = await SignInAsync(user);

        var (response, _) = await client.GetPageAsync($"/admin/templates/{siteId}/list");

        Assert.Equal(expected, response.StatusCode);
    }

    private static PageModel SamplePagesFor(SiteTheme theme) => SamplePages.NotFound(new SiteModel
    {
        Key = "lbz",
        Name = "泷泊镇人民政府",
        Kind = "unit",
        Url = "/sites/lbz/",
        Domain = "",
        AbsoluteUrl = "/sites/lbz/",
        SiteCode = "",
        IcpNumber = "",
        PoliceFilingNumber = "",
        Sponsor = "x",
        Operator = "x",
        ContactPhone = "",
        ContactEmail = "",
        ContactAddress = "",
        MainColor = theme.MainColor,
        AssetsUrl = "/sites/lbz/assets/",
        FeedUrl = "/sites/lbz/rss.xml",
        SearchUrl = "/sites/lbz/search",
        PortalName = "双牌县人民政府",
        PortalUrl = "/sites/portal/",
        Navigation = [],
    });
}
