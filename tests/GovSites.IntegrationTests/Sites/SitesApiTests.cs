using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Sites;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Sites;

/// <summary>Modules/Sites/SitesApi: <c>/api/v1/sites</c>.</summary>
public sealed class SitesApiTests(GovSitesFactory factory) : SitesTest(factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<object> NewSiteBodyAsync() => new
    {
        key = "czj",
        name = "双牌县财政局",
        kind = "UnitSite",
        unitId = await UnitIdAsync("双牌县财政局"),
        domains = new[] { "czj.shuangpai.gov.cn" },
        siteCode = "4311230099",
        sponsor = "双牌县财政局",
        @operator = "双牌县财政局",
        status = "Planning",
    };

    private static object EditBody(Site site, string name, int? version) => new
    {
        key = site.Key,
        name,
        kind = site.Kind.ToString(),
        unitId = site.UnitId,
        domains = site.Domains.Select(d => d.Host).ToArray(),
        siteCode = site.SiteCode,
        icpNumber = site.IcpNumber,
        policeFilingNumber = site.PoliceFilingNumber,
        sponsor = site.Sponsor,
        @operator = site.Operator,
        status = site.Status.ToString(),
        version,
    };

    private static async Task<Dictionary<string, string[]>> ErrorsOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    [Fact]
    public async Task List_InfoOfficer_GetsOnlyItsSite()
    {
        using var client = await SignInAsync("lbz.officer");

        var sites = await client.Http.GetFromJsonAsync<JsonElement[]>(new Uri("/api/v1/sites", UriKind.Relative), Ct);

        Assert.Equal(["lbz"], sites!.Select(s => s.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task Get_VisibleSite_ReturnsFilingsAndVersion()
    {
        var site = await SiteAsync("lbz");
        using var client = await SignInAsync("lbz.officer");

        var json = await client.Http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/sites/{site.Id}", UriKind.Relative), Ct);

        Assert.Equal(site.PoliceFilingNumber, json.GetProperty("policeFilingNumber").GetString());
        Assert.Equal(site.Version, json.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task InfoOfficerGuessingAnotherUnitsSite_NotFoundForEveryMethod()
    {
        var site = await SiteAsync("jyj");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("lbz.officer");

        var get = await client.Http.GetAsync(new Uri($"/api/v1/sites/{site.Id}", UriKind.Relative), Ct);
        var channels = await client.Http.GetAsync(new Uri($"/api/v1/sites/{site.Id}/channels", UriKind.Relative), Ct);
        var put = await SendJsonAsync(client, HttpMethod.Put, $"/api/v1/sites/{site.Id}", EditBody(site, "改名", site.Version));
        var post = await SendJsonAsync(client, HttpMethod.Post, $"/api/v1/sites/{site.Id}/channels", new { key = "xx", name = "新栏目", type = "List", category = "Other" });

        Assert.All([get, channels, put, post], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task PostSite_AsAdmin_CreatesIt()
    {
        using var client = await SignInAsync("admin");

        var response = await SendJsonAsync(client, HttpMethod.Post, "/api/v1/sites", await NewSiteBodyAsync());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var site = await SiteAsync("czj");
        Assert.Equal($"/api/v1/sites/{site.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(["czj.shuangpai.gov.cn"], site.Domains.Select(d => d.Host));
    }

    [Fact]
    public async Task PostSite_WithoutTheAntiforgeryToken_RefusedAndNothingSaved()
    {
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");

        var response = await SendJsonAsync(client, HttpMethod.Post, "/api/v1/sites", await NewSiteBodyAsync(), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("防伪令牌", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("evaluator")]
    [InlineData("security")]
    public async Task Changes_ByRoleThatMayOnlyRead_Forbidden(string account)
    {
        var site = await SiteAsync("lbz");
        var before = await SnapshotAsync();
        using var client = await SignInAsync(account);

        var post = await SendJsonAsync(client, HttpMethod.Post, "/api/v1/sites", await NewSiteBodyAsync());
        var put = await SendJsonAsync(client, HttpMethod.Put, $"/api/v1/sites/{site.Id}", EditBody(site, "改名", site.Version));
        var channel = await SendJsonAsync(client, HttpMethod.Post, $"/api/v1/sites/{site.Id}/channels", new { key = "xx", name = "新栏目", type = "List", category = "Other" });

        Assert.All([post, put, channel], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task PutSite_InfoOfficerOnItsOwnSite_Forbidden()
    {
        var site = await SiteAsync("lbz");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("lbz.officer");

        var response = await SendJsonAsync(client, HttpMethod.Put, $"/api/v1/sites/{site.Id}", EditBody(site, "改名", site.Version));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task PostSite_DuplicateKeyAndDomain_ValidationProblemWithTheSameMessagesAsThePage()
    {
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");
        var body = JsonSerializer.SerializeToElement(await NewSiteBodyAsync()).Deserialize<Dictionary<string, object>>()!;
        body["key"] = "lbz";
        body["domains"] = new[] { "LBZ.shuangpai.gov.cn" };
        body["kind"] = "Nonsense";

        var errors = await ErrorsOfAsync(await SendJsonAsync(client, HttpMethod.Post, "/api/v1/sites", body));

        Assert.Equal(["站点标识“lbz”已被“泷泊镇人民政府”使用。"], errors["key"]);
        Assert.Equal(["域名“lbz.shuangpai.gov.cn”已被“泷泊镇人民政府”使用，一个域名只能属于一个站点。"], errors["domains"]);
        Assert.Equal(["请选择站点类型（门户网站或单位站点）。"], errors["kind"]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task PutSite_TwoEditsFromOneVersion_SecondConflictsAndFirstKept()
    {
        var site = await SiteAsync("lbz");
        using var client = await SignInAsync("admin");

        var first = await SendJsonAsync(client, HttpMethod.Put, $"/api/v1/sites/{site.Id}", EditBody(site, "第一次", site.Version));
        var second = await SendJsonAsync(client, HttpMethod.Put, $"/api/v1/sites/{site.Id}", EditBody(site, "第二次", site.Version));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(site.Version + 1, (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains(Conflict, await second.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("第一次", (await SiteAsync("lbz")).Name);
    }

    [Fact]
    public async Task PutSite_WithoutVersion_Refused()
    {
        var site = await SiteAsync("lbz");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");

        var errors = await ErrorsOfAsync(await SendJsonAsync(client, HttpMethod.Put, $"/api/v1/sites/{site.Id}", EditBody(site, "改名", version: null)));

        Assert.Contains("version", errors["version"][0], StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task PutSite_UnknownId_NotFound()
    {
        var site = await SiteAsync("lbz");
        using var client = await SignInAsync("admin");

        var response = await SendJsonAsync(client, HttpMethod.Put, "/api/v1/sites/999999", EditBody(site, "改名", site.Version));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostChannel_Valid_Created()
    {
        var site = await SiteAsync("lbz");
        var parent = await ChannelAsync("lbz", "bsfw");
        using var client = await SignInAsync("admin");

        var response = await SendJsonAsync(client, HttpMethod.Post, $"/api/v1/sites/{site.Id}/channels", new
        {
            key = "zwfw",
            name = "湖南政务服务网",
            parentId = parent.Id,
            type = "ExternalLink",
            category = "Services",
            externalUrl = "https://zwfw-new.hunan.gov.cn/",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var channel = await ChannelAsync("lbz", "zwfw");
        Assert.Equal(parent.Id, channel.ParentId);
        Assert.Equal(channel.Id, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task PostChannel_ExternalLinkWithoutUrlAndHalfAnUpdateRule_RefusedWithTheSameMessagesAsThePage()
    {
        var site = await SiteAsync("lbz");
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");

        var errors = await ErrorsOfAsync(await SendJsonAsync(client, HttpMethod.Post, $"/api/v1/sites/{site.Id}/channels", new
        {
            key = "zwfw",
            name = "湖南政务服务网",
            type = "ExternalLink",
            category = "Services",
            updateMinItems = 1,
        }));

        Assert.Equal(["外部链接栏目须填写链接地址（以 http:// 或 https:// 开头）。"], errors["externalUrl"]);
        Assert.Equal(["更新要求须同时填写天数和条数（每 D 天至少 N 条），或两项都不填。"], errors["updatePeriodDays"]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task OpenApi_DescribesTheEndpointsInChinese()
    {
        using var client = Anonymous();

        var json = await client.Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct);

        foreach (var summary in new[] { "可查看的站点一览", "开办站点（平台管理员）", "修改站点信息（平台管理员）", "新增栏目（平台管理员）" })
        {
            Assert.Contains(summary, JsonDocument.Parse(json).RootElement.GetProperty("paths").ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await WithDbAsync(db => db.Sites.CountAsync(s => s.Key == "czj")));
    }
}
