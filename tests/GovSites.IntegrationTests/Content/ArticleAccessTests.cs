using System.Net;
using GovSites.IntegrationTests.Content.Articles;
using GovSites.IntegrationTests.Fixture;

namespace GovSites.IntegrationTests.Content;

/// <summary>
/// Role × article of a site: every article page answers as <c>ArticleAccess</c> allows — another unit's article is
/// not found (and its title never shown), a role that only reads sees it but gets no write form.
/// </summary>
public sealed class ArticleAccessTests(GovSitesFactory factory) : ArticleTest(factory)
{
    private const string Title = "泷泊镇内部稿件：尚未发布";

    private static readonly (string Path, bool Writes)[] Pages =
    [
        ("/admin/articles/{0}", false),
        ("/admin/articles/{0}/revisions", false),
        ("/admin/articles/{0}/compare?a=1&b=1", false),
        ("/admin/articles/{0}/withdraw", true),
        ("/admin/articles/{0}/publication-time", true),
    ];

    [Theory]
    [InlineData("jyj.officer")]
    [InlineData("portal.editor")]
    [InlineData("funds")]
    public async Task EveryArticlePage_AnotherUnitsArticle_IsNotFound(string user)
    {
        var id = await CreateArticleAsync("lbz", title: Title, published: true);
        using var client = await SignInAsync(user);

        foreach (var (path, _) in Pages)
        {
            var response = await client.Http.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id), UriKind.Relative));

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{user} → {path}: {(int)response.StatusCode}");
            Assert.DoesNotContain(Title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("auditor")]
    [InlineData("evaluator")]
    [InlineData("lbz.reviewer")]
    [InlineData("lbz.secrecy")]
    public async Task EveryArticlePage_RoleThatOnlyReads_SeesButCannotWrite(string user)
    {
        var id = await CreateArticleAsync("lbz", title: Title, published: true);
        using var client = await SignInAsync(user);

        foreach (var (path, writes) in Pages)
        {
            var response = await client.Http.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id), UriKind.Relative));

            var expected = writes ? HttpStatusCode.Forbidden : HttpStatusCode.OK;
            Assert.True(response.StatusCode == expected, $"{user} → {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task EditPage_ArticleOutsideTheChannelOfALimitedGrant_IsNotFound()
    {
        var id = await CreateArticleAsync("lbz", "dtyw", title: Title);
        var allowed = await CreateArticleAsync("lbz", "tzgg");
        await LimitGrantToChannelAsync("lbz.officer", "lbz", "tzgg");
        using var client = await SignInAsync("lbz.officer");

        var (outside, _) = await client.GetPageAsync($"/admin/articles/{id}");
        var (inside, page) = await client.GetPageAsync($"/admin/articles/{allowed}");

        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.NotNull(page.QuerySelector("form[data-autosave]"));
    }
}
