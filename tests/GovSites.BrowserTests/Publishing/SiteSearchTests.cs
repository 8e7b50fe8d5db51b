using System.Diagnostics;
using GovSites.BrowserTests.Fixture;
using Microsoft.Playwright;

namespace GovSites.BrowserTests.Publishing;

/// <summary>
/// Issue 5's browser flow: a visitor of a unit site (泷泊镇) types a phrase into the site's search box, sees
/// the matched words highlighted in the results, and opens the article.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class SiteSearchTests(BrowserApp app)
{
    [Fact]
    public async Task VisitorSearchesAUnitSite_OpensTheArticleFound()
    {
        await PublishedCounty.WaitUntilPublishedAsync(app);
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), Locale = "zh-CN", ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();

        // The index follows the start-up publication; give it the time a loaded machine needs.
        var results = page.Locator(".search-hit a");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await page.GotoAsync("/sites/lbz/");
            await page.GetByLabel("站内搜索").FillAsync("冬季消防");
            await page.GetByLabel("站内搜索").PressAsync("Enter");
            await page.WaitForURLAsync("**/sites/lbz/search?**");
            if (await results.CountAsync() > 0 || waited.Elapsed > TimeSpan.FromMinutes(2))
            {
                break;
            }

            await Task.Delay(1000, TestContext.Current.CancellationToken);
        }

        var first = results.First;
        Assert.Contains("冬季消防安全大排查", await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".search-hit mark").CountAsync() > 0, "检索词没有高亮");

        await first.ClickAsync();
        await page.WaitForURLAsync("**/sites/lbz/**/*.html");
        Assert.Contains("冬季消防安全大排查", await page.Locator("h1").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("泷泊镇开展冬季消防安全大排查", await page.Locator("meta[name=ArticleTitle]").GetAttributeAsync("content"));
        await context.CloseAsync();
    }
}
