using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Organization;
using GovSites.Modules.Sites;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Demo;

public sealed class SeedingTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Seed_FirstStart_CreatesPortalAndAtLeastNineUnitSitesWithChannels()
    {
        var sites = await WithDbAsync(db => db.Sites.Include(s => s.Domains).ToListAsync());

        Assert.Single(sites, s => s.Kind == SiteKind.Portal && s.Key == "portal" && s.Name == "双牌县人民政府");
        Assert.True(sites.Count(s => s.Kind == SiteKind.UnitSite) >= 9);
        foreach (var name in new[] { "泷泊镇人民政府", "江村镇人民政府", "五里牌镇人民政府", "茶林镇人民政府", "何家洞镇人民政府", "麻江镇人民政府", "理家坪乡人民政府", "双牌县教育局", "双牌县卫生健康局", "双牌县人力资源和社会保障局", "双牌县林业局" })
        {
            Assert.Contains(sites, s => s.Name == name);
        }

        var channelNames = await WithDbAsync(db => db.Channels.GroupBy(c => c.SiteId).Select(g => g.Select(c => c.Name).ToList()).ToListAsync());
        Assert.Equal(sites.Count, channelNames.Count);
        Assert.All(channelNames, names => Assert.Contains("通知公告", names));
    }

    [Fact]
    public async Task Seed_FirstStart_EveryUnitHasAValidCreditCodeAndEverySiteAnIdentityCode()
    {
        var codes = await WithDbAsync(db => db.Units.Select(u => u.CreditCode).ToListAsync());
        Assert.All(codes, code => Assert.True(CreditCode.IsValid(code), code));

        var siteCodes = await WithDbAsync(db => db.Sites.Select(s => s.SiteCode).ToListAsync());
        Assert.All(siteCodes, code => Assert.Matches("^431123[0-9]{4}$", code));
    }

    [Fact]
    public async Task Seed_FirstStart_CreatesOneSignInAblePerRoleAccountWithGeneratedPasswords()
    {
        foreach (var role in RoleNames.All)
        {
            var userName = await WithDbAsync(db =>
                db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
                    .Select(u => u.UserName!).FirstAsync());
            using var client = await SignInAsync(userName);
            var (response, page) = await client.GetPageAsync("/admin");
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(RoleNames.ToChinese(role), page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(Factory.Passwords.Count, Factory.Passwords.Values.Distinct().Count());
    }

    [Fact]
    public async Task Seed_FirstStart_IncludesTheReferenceDocumentAsAPolicyArticle()
    {
        var article = await WithDbAsync(db => db.Articles.SingleAsync(a => a.DocumentNumber == "双政办发〔2008〕25号"));
        Assert.Contains("县信息化管理办公室", article.Body, StringComparison.Ordinal);
        Assert.True(await WithDbAsync(db => db.Articles.CountAsync()) >= 20);
    }
}
