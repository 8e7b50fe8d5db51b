namespace GovSites.BenchCorpus;

/// <summary>A channel of a corpus site. <see cref="Weight"/> is its share of the site's articles (0: none, e.g. a parent or a single page).</summary>
public sealed record CorpusChannel(string Key, string Name, bool IsSinglePage, string? Parent, int Weight);

/// <summary>A site of the corpus. <see cref="Weight"/> is its share of all articles.</summary>
public sealed record CorpusSite(string Key, string Name, string Kind, int Weight, IReadOnlyList<CorpusChannel> Channels)
{
    /// <summary>泷泊镇人民政府 → 泷泊镇, 双牌县教育局 → 县教育局, as titles name a unit.</summary>
    public string ShortName => Name.EndsWith("人民政府", StringComparison.Ordinal) ? Name[..^4] : Name.Replace("双牌县", "县", StringComparison.Ordinal);

    /// <summary>The channels that receive articles.</summary>
    public IEnumerable<CorpusChannel> ListChannels => Channels.Where(c => c.Weight > 0);
}

/// <summary>
/// The 20 sites of the corpus: the portal and the 12 unit sites of the demo county (same keys, names and
/// channel sets as src/GovSites/Demo/DemoCounty.cs) and 7 more units of 双牌县, which a benchmark on the
/// app adds to its database. The portal gets 3 shares of the articles, every unit 1.
/// </summary>
public static class CountySites
{
    /// <summary>The portal's channels (DemoCounty.PortalChannels, less the external link).</summary>
    public static readonly IReadOnlyList<CorpusChannel> PortalChannels =
    [
        new("spyw", "双牌要闻", false, null, 20),
        new("xzdt", "乡镇动态", false, null, 15),
        new("bmdt", "部门动态", false, null, 15),
        new("tzgg", "通知公告", false, null, 12),
        new("zfxxgk", "政府信息公开", false, null, 0),
        new("zcwj", "政策文件", false, "zfxxgk", 8),
        new("zcjd", "政策解读", false, "zfxxgk", 6),
        new("rsxx", "人事信息", false, "zfxxgk", 5),
        new("czxx", "财政信息", false, "zfxxgk", 5),
        new("bsfw", "办事服务", false, null, 0),
        new("bszn", "办事指南", false, "bsfw", 5),
        new("hdjl", "互动交流", false, null, 0),
        new("xzxx", "县长信箱", false, "hdjl", 3),
        new("zjdc", "征集调查", false, "hdjl", 2),
        new("ztzl", "专题专栏", false, null, 4),
        new("zjsp", "走进双牌", true, null, 0),
    ];

    /// <summary>The channel set every unit site starts with (DemoCounty.UnitChannels).</summary>
    public static readonly IReadOnlyList<CorpusChannel> UnitChannels =
    [
        new("dtyw", "动态要闻", false, null, 40),
        new("tzgg", "通知公告", false, null, 20),
        new("zfxxgk", "政府信息公开", false, null, 5),
        new("jgzn", "机构职能", true, "zfxxgk", 0),
        new("zcwj", "政策文件", false, "zfxxgk", 12),
        new("zcjd", "政策解读", false, "zfxxgk", 8),
        new("bsfw", "办事服务", false, null, 10),
        new("hdjl", "互动交流", false, null, 5),
    ];

    public static readonly IReadOnlyList<CorpusSite> All =
    [
        new("portal", "双牌县人民政府", "portal", 3, PortalChannels),
        Unit("lbz", "泷泊镇人民政府", "乡镇"),
        Unit("jcz", "江村镇人民政府", "乡镇"),
        Unit("wlpz", "五里牌镇人民政府", "乡镇"),
        Unit("clz", "茶林镇人民政府", "乡镇"),
        Unit("hjdz", "何家洞镇人民政府", "乡镇"),
        Unit("mjz", "麻江镇人民政府", "乡镇"),
        Unit("ljpx", "理家坪乡人民政府", "乡镇"),
        Unit("dgplc", "双牌县打鼓坪林场", "林场"),
        Unit("jyj", "双牌县教育局", "县直部门"),
        Unit("wjj", "双牌县卫生健康局", "县直部门"),
        Unit("rsj", "双牌县人力资源和社会保障局", "县直部门"),
        Unit("lyj", "双牌县林业局", "县直部门"),
        Unit("swjx", "上梧江瑶族乡人民政府", "乡镇"),
        Unit("wxlx", "五星岭乡人民政府", "乡镇"),
        Unit("czj", "双牌县财政局", "县直部门"),
        Unit("fgj", "双牌县发展和改革局", "县直部门"),
        Unit("zrzyj", "双牌县自然资源局", "县直部门"),
        Unit("zjj", "双牌县住房和城乡建设局", "县直部门"),
        Unit("nyncj", "双牌县农业农村局", "县直部门"),
    ];

    private static CorpusSite Unit(string key, string name, string kind) => new(key, name, kind, 1, UnitChannels);
}
