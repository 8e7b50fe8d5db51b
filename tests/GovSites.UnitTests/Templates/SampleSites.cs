using GovSites.Modules.Templates;

namespace GovSites.UnitTests.Templates;

/// <summary>Site models like the publisher builds them, in path mode.</summary>
internal static class SampleSites
{
    public static SiteModel Portal(string name = "双牌县人民政府") => Site("portal", name, "portal", "www.shuangpai.gov.cn");

    public static SiteModel Unit() => Site("lbz", "泷泊镇人民政府", "unit", "lbz.shuangpai.gov.cn");

    public static SiteModel Site(string key, string name, string kind, string domain) => new()
    {
        Key = key,
        Name = name,
        Kind = kind,
        Url = $"/sites/{key}/",
        Domain = domain,
        AbsoluteUrl = $"https://{domain}/",
        SiteCode = "4311230001",
        IcpNumber = "湘ICP备05004233号",
        PoliceFilingNumber = "湘公网安备 43112302000001号",
        Sponsor = "双牌县人民政府",
        Operator = "双牌县人民政府办公室",
        ContactPhone = "0746-7721234",
        ContactEmail = "spxzfb@shuangpai.gov.cn",
        ContactAddress = "湖南省永州市双牌县泷泊镇潇水中路",
        MainColor = "#a61b1b",
        AssetsUrl = $"/sites/{key}/assets/",
        FeedUrl = $"/sites/{key}/rss.xml",
        SearchUrl = $"/sites/{key}/search",
        PortalName = "双牌县人民政府",
        PortalUrl = "/sites/portal/",
        Navigation =
        [
            Channel(key, "tzgg", "通知公告", "list", "通知公告"),
            Channel(key, "zwdt", "政务动态", "list", "工作动态"),
            Channel(key, "zcwj", "政策文件", "list", "政策文件"),
            Channel(key, "jgzn", "机构职能", "single", "机构职能"),
        ],
    };

    private static ChannelLink Channel(string site, string key, string name, string type, string category) =>
        new() { Key = key, Name = name, Url = $"/sites/{site}/{key}/", Type = type, CategoryName = category };
}
