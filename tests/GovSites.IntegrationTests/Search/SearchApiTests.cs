using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Search.Public;

namespace GovSites.IntegrationTests.Search;

/// <summary><c>/api/public/search</c>, its OpenAPI description, and the rate limit.</summary>
public sealed class SearchApiTests(GovSitesFactory factory) : SearchTest(factory)
{
    [Fact]
    public async Task Api_Query_ReturnsMarkedHits()
    {
        await PublishAsync("lbz", 1, [new("tzgg/1.html", "政府信息公开<年度>报告", "正文提到信息公开。")]);

        var result = await Anonymous().Http.GetFromJsonAsync<SearchResponse>("/api/public/search?q=信息公开&site=lbz");

        var hit = Assert.Single(result!.Hits);
        Assert.Equal("政府<mark>信息</mark><mark>公开</mark>&lt;年度&gt;报告", hit.TitleHtml);
        Assert.EndsWith("/sites/lbz/tzgg/1.html", hit.Url, StringComparison.Ordinal);
        Assert.Equal((1, 1, "relevance"), (result.Total, result.Page, result.Sort));
    }

    [Theory]
    [InlineData("/api/public/search?q=信息&site=nosuch", HttpStatusCode.NotFound, "unknown_site")]
    [InlineData("/api/public/search?q=", HttpStatusCode.BadRequest, "empty_query")]
    [InlineData("/api/public/search?q=%3F%3F%21", HttpStatusCode.BadRequest, "no_terms")]
    public async Task Api_BadInput_IsAClearJsonError(string path, HttpStatusCode status, string code)
    {
        var response = await Anonymous().Http.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<SearchError>();
        Assert.Equal(code, error!.Error);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task Api_OverlongQueryAndBadPage_AnswerWithNotices()
    {
        await PublishAsync("lbz", 1, [new("tzgg/1.html", "防火通知", "正文")]);

        var result = await Anonymous().Http.GetFromJsonAsync<SearchResponse>("/api/public/search?page=-3&q=" + Uri.EscapeDataString("防火" + new string('火', 150)));

        Assert.Equal(100, result!.Query.Length);
        Assert.Contains("检索词过长，已截取前100个字。", result.Notices);
        Assert.Contains("页码无效，已显示第1页。", result.Notices);
    }

    [Fact]
    public async Task OpenApi_DescribesPublicSearch()
    {
        using var document = JsonDocument.Parse(await Anonymous().Http.GetStringAsync("/openapi/v1.json"));

        var operation = document.RootElement.GetProperty("paths").GetProperty("/api/public/search").GetProperty("get");
        Assert.Contains(operation.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "q");
        Assert.True(operation.GetProperty("responses").TryGetProperty("429", out _));
    }

    [Fact]
    public async Task RateLimit_FiftyAtOnce_SomeAre429InChineseNoneFail()
    {
        await PublishAsync("lbz", 1, [new("tzgg/1.html", "防火通知", "正文")]);
        var client = Anonymous();

        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => client.Http.GetAsync("/sites/lbz/search?q=防火")));
        var api = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => client.Http.GetAsync("/api/public/search?q=防火")));

        Assert.All(responses.Concat(api), r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, r.StatusCode.ToString()));
        var refused = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Contains("检索过于频繁，请稍后再试。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refusedApi = api.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("too_many_requests", (await refusedApi.Content.ReadFromJsonAsync<SearchError>())!.Error);
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // the bucket refills before the next test searches
    }
}
