using System.Net;
using GovSites.IntegrationTests.Fixture;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Publishing.Serving;

public sealed class ReleaseServerRoutingTests(GovSitesFactory factory) : ServingTest(factory)
{
    [Fact]
    public async Task SitesPath_LiveRelease_ServesItsPages()
    {
        Publish("lbz", 1, SiteFiles());

        var home = await GetAsync("/sites/lbz/");
        var article = await GetAsync("/sites/lbz/tzgg/123.html");
        var channel = await GetAsync("/sites/lbz/tzgg/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("<h1>泷泊镇人民政府</h1>", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("关于开展森林防火检查的通知", await article.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<h1>通知公告</h1>", await channel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sites/lbz", "/sites/lbz/")]
    [InlineData("/sites/lbz/tzgg", "/sites/lbz/tzgg/")]
    [InlineData("/sites/lbz?a=1", "/sites/lbz/?a=1")]
    public async Task FolderWithoutSlash_RedirectsToTheFolder(string path, string location)
    {
        Publish("lbz", 1, SiteFiles());

        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SiteDomain_LiveRelease_ServesTheSiteAtTheRoot()
    {
        Publish("lbz", 1, SiteFiles("泷泊镇"));
        Publish("portal", 1, SiteFiles("双牌县人民政府门户网站"));

        var unit = await GetAsync("/", "lbz.shuangpai.gov.cn");
        var portal = await GetAsync("/tzgg/123.html", "WWW.shuangpai.gov.cn:8080");
        var portalHome = await GetAsync("/", "shuangpai.gov.cn");

        Assert.Contains("<h1>泷泊镇</h1>", await unit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("关于开展森林防火检查的通知", await portal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<h1>双牌县人民政府门户网站</h1>", await portalHome.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteDomain_AddedToASite_ServedAfterTheTableIsRead()
    {
        Publish("lbz", 1, SiteFiles("泷泊镇"));
        await WithDbAsync(async db =>
        {
            var site = db.Sites.Single(s => s.Key == "lbz");
            db.Add(new GovSites.Modules.Sites.SiteDomain { SiteId = site.Id, Host = "lbz.example.cn" });
            await db.SaveChangesAsync();
        });
        Factory.Services.GetRequiredService<GovSites.Modules.Publishing.Serving.SiteHosts>().Invalidate();

        var response = await GetAsync("/", "lbz.example.cn");

        Assert.Contains("<h1>泷泊镇</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/signin")]
    [InlineData("/healthz")]
    [InlineData("/openapi/v1.json")]
    public async Task SiteDomain_ApplicationPaths_ReachTheApplication(string path)
    {
        Publish("lbz", 1, SiteFiles());

        var response = await GetAsync(path, "lbz.shuangpai.gov.cn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("页面不存在（本站）", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sites/lbz/search", null)]
    [InlineData("/sites/lbz/search?q=防火", null)]
    [InlineData("/search", "lbz.shuangpai.gov.cn")]
    public async Task SearchPath_IsLeftToTheApplication(string path, string? host)
    {
        Publish("lbz", 1, SiteFiles());

        var response = await GetAsync(path, host);

        // The Search module answers it when present; without it the application's own 404, never the release's.
        Assert.DoesNotContain("页面不存在（本站）", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task UnknownHost_Root_IsTheApplication()
    {
        Publish("lbz", 1, SiteFiles());

        var response = await GetAsync("/", "localhost");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SiteWithoutRelease_Any_Page404InChinese()
    {
        var byPath = await GetAsync("/sites/jyj/");
        var byHost = await GetAsync("/tzgg/1.html", "lbz.shuangpai.gov.cn");

        Assert.Equal(HttpStatusCode.NotFound, byPath.StatusCode);
        Assert.Contains("网站尚未发布", await byPath.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byHost.StatusCode);
        Assert.Contains("网站尚未发布", await byHost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingPage_LiveRelease_404WithTheRelease404Page()
    {
        Publish("lbz", 1, SiteFiles());

        var response = await GetAsync("/sites/lbz/tzgg/999.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在（本站）", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Post_PublishedPage_405()
    {
        Publish("lbz", 1, SiteFiles());

        using var content = new StringContent("x");
        var response = await Http.PostAsync(new Uri("/sites/lbz/index.html", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }
}
