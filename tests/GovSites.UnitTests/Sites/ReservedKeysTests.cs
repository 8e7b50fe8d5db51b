using GovSites.Modules.Sites.Rules;

namespace GovSites.UnitTests.Sites;

public sealed class ReservedKeysTests
{
    [Theory]
    [InlineData("assets")]
    [InlineData("files")]
    [InlineData("search")]
    [InlineData("index")]
    [InlineData("index-2")]
    [InlineData("rss.xml")]
    [InlineData("sitemap.xml")]
    [InlineData("404.html")]
    [InlineData("_search.html")]
    public void IsReserved_ReleasePath_True(string key) => Assert.True(ReservedKeys.IsReserved(key));

    [Theory]
    [InlineData("tzgg")]
    [InlineData("asset")]
    [InlineData("my-index")]
    [InlineData("searching")]
    public void IsReserved_OrdinaryKey_False(string key) => Assert.False(ReservedKeys.IsReserved(key));
}
