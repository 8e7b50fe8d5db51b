namespace GovSites.IntegrationTests.Publishing.Serving;

/// <summary>
/// docs/deploy/nginx.conf on real nginx against hand-built releases, with the serving middleware on Kestrel
/// as the application behind it (whatever reaches it answers <c>app:{path}</c>). Fails, never skips, when
/// nginx is missing.
/// </summary>
public sealed class NginxDeployTests : IAsyncLifetime
{
    private const string Secret = "SECRET-OUTSIDE-THE-RELEASE";

    private readonly string root = Directory.CreateTempSubdirectory("govsites-nginx-releases-").FullName;
    private KestrelHost application = null!;
    private NginxServer nginx = null!;

    public async ValueTask InitializeAsync()
    {
        ReleaseFolders.Write(root, "lbz", 1, Files("泷泊镇人民政府"));
        ReleaseFolders.Activate(root, "lbz", 1);
        var portal = ReleaseFolders.Write(root, "portal", 1, Files("双牌县人民政府门户网站"));
        ReleaseFolders.Activate(root, "portal", 1);
        File.WriteAllText(Path.Combine(root, "secret.txt"), Secret);
        File.CreateSymbolicLink(Path.Combine(portal, "out.txt"), Path.Combine(root, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(portal, "tzgg", "up.txt"), "../../../secret.txt");
        application = await KestrelHost.StartAsync(root);
        nginx = await NginxServer.StartAsync(root, application.Port);
    }

    public async ValueTask DisposeAsync()
    {
        nginx?.Dispose();
        if (application is not null)
        {
            await application.DisposeAsync();
        }

        Directory.Delete(root, recursive: true);
    }

    [Theory]
    [InlineData("lbz.shuangpai.gov.cn", "/", "<h1>泷泊镇人民政府</h1>")]
    [InlineData("www.shuangpai.gov.cn", "/", "<h1>双牌县人民政府门户网站</h1>")]
    [InlineData("shuangpai.gov.cn", "/tzgg/", "<h1>通知公告</h1>")]
    [InlineData("www.shuangpai.gov.cn", "/tzgg/123.html", "关于开展森林防火检查的通知")]
    [InlineData("admin.example.cn", "/sites/lbz/", "<h1>泷泊镇人民政府</h1>")]
    [InlineData("www.shuangpai.gov.cn", "/sites/lbz/tzgg/123.html", "关于开展森林防火检查的通知")]
    public async Task Nginx_SitePage_ServedFromTheRelease(string host, string path, string expected)
    {
        var (status, head, body) = await RawHttp.GetAsync(nginx.Port, path, host);

        Assert.Equal(200, status);
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/html; charset=utf-8", head, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy: default-src 'self'", head, StringComparison.Ordinal);
        Assert.Contains("Cache-Control: public, max-age=60", head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nginx_AssetsAndAttachments_TypesCachingDownloadAndGzip()
    {
        var css = await RawHttp.GetAsync(nginx.Port, "/sites/lbz/assets/site.css", "x", "Accept-Encoding: gzip");
        var pdf = await RawHttp.GetAsync(nginx.Port, "/files/55.pdf", "lbz.shuangpai.gov.cn");

        Assert.Contains("Content-Encoding: gzip", css.Head, StringComparison.Ordinal);
        Assert.Contains("Cache-Control: public, max-age=86400", css.Head, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/pdf", pdf.Head, StringComparison.Ordinal);
        Assert.Contains("Content-Disposition: attachment", pdf.Head, StringComparison.Ordinal);
        Assert.Contains("X-Content-Type-Options: nosniff", pdf.Head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nginx_SiteWithoutSlash_Redirects()
    {
        var (status, head, _) = await RawHttp.GetAsync(nginx.Port, "/sites/lbz", "x");

        Assert.Equal(301, status);
        Assert.Contains("Location: /sites/lbz/", head, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lbz.shuangpai.gov.cn", "/tzgg/999.html", "页面不存在（本站）")]
    [InlineData("x", "/sites/lbz/nope/", "页面不存在（本站）")]
    [InlineData("x", "/sites/lbz/.release.json", "页面不存在（本站）")]
    [InlineData("x", "/sites/lbz/_search.html", "页面不存在（本站）")]
    [InlineData("x", "/sites/jyj/", "网站尚未发布")]
    public async Task Nginx_Missing_404WithTheSitesPage(string host, string path, string expected)
    {
        var (status, _, body) = await RawHttp.GetAsync(nginx.Port, path, host);

        Assert.Equal(404, status);
        Assert.Contains(expected, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("www.shuangpai.gov.cn", "/out.txt")]
    [InlineData("www.shuangpai.gov.cn", "/tzgg/up.txt")]
    [InlineData("x", "/sites/portal/out.txt")]
    [InlineData("www.shuangpai.gov.cn", "/../secret.txt")]
    [InlineData("www.shuangpai.gov.cn", "/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("www.shuangpai.gov.cn", "/..%2f..%2fsecret.txt")]
    [InlineData("www.shuangpai.gov.cn", "/..%5c..%5csecret.txt")]
    [InlineData("x", "/sites/portal/../../secret.txt")]
    [InlineData("x", "/sites/portal/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("x", "/sites/portal/..%2F..%2Fsecret.txt")]
    [InlineData("x", "/sites/..%2fsecret.txt")]
    [InlineData("x", "/sites/portal/tzgg/..%00/secret.txt")]
    public async Task Nginx_PathsOutOfTheRelease_Refused(string host, string path)
    {
        var (status, _, body) = await RawHttp.GetAsync(nginx.Port, path, host);

        Assert.True(status is 400 or 404, $"{path} → {status}");
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lbz.shuangpai.gov.cn", "/admin/signin", "app:/admin/signin")]
    [InlineData("lbz.shuangpai.gov.cn", "/api/sites", "app:/api/sites")]
    [InlineData("lbz.shuangpai.gov.cn", "/healthz", "app:/healthz")]
    [InlineData("lbz.shuangpai.gov.cn", "/openapi/v1.json", "app:/openapi/v1.json")]
    [InlineData("lbz.shuangpai.gov.cn", "/search?q=1", "app:/search?q=1")]
    [InlineData("x", "/sites/lbz/search?q=1", "app:/sites/lbz/search?q=1")]
    [InlineData("admin.example.cn", "/", "app:/")]
    public async Task Nginx_DynamicPaths_ReachTheApplication(string host, string path, string expected)
    {
        var (_, _, body) = await RawHttp.GetAsync(nginx.Port, path, host);

        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task Nginx_CurrentSwapped_NewReleaseServedAtOnce()
    {
        ReleaseFolders.Write(root, "lbz", 2, Files("第二版"));

        ReleaseFolders.Activate(root, "lbz", 2);
        var (_, _, body) = await RawHttp.GetAsync(nginx.Port, "/", "lbz.shuangpai.gov.cn");

        Assert.Contains("<h1>第二版</h1>", body, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Files(string title) => new()
    {
        ["index.html"] = ReleaseFolders.Page(title),
        ["tzgg/index.html"] = ReleaseFolders.Page("通知公告"),
        ["tzgg/123.html"] = ReleaseFolders.Page("关于开展森林防火检查的通知"),
        ["404.html"] = ReleaseFolders.Page("页面不存在（本站）"),
        ["_search.html"] = ReleaseFolders.Page("搜索"),
        ["assets/site.css"] = string.Concat(Enumerable.Repeat(".notice { margin: 0 auto; padding: 1em; }\n", 20)),
        ["files/55.pdf"] = "%PDF-1.4 fake",
    };
}
