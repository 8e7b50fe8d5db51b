using GovSites.Modules.Organization;
using GovSites.Modules.Sites;

namespace GovSites.Demo;

/// <summary>
/// 双牌县 (Shuangpai County, Yongzhou, Hunan; region code 431123): the units, sites, channels and demo
/// accounts seeded on first start. Names are the county's real townships and departments.
/// </summary>
internal static class DemoCounty
{
    public const string RegionCode = "431123";

    public sealed record UnitSeed(string Name, UnitKind Kind, string? SiteKey, string? SiteName = null);

    public sealed record ChannelSeed(string Key, string Name, ChannelType Type, ChannelCategory Category, string? Parent = null, int? MinItems = null, int? PeriodDays = null);

    public sealed record AccountSeed(string UserName, string DisplayName, string Role, string UnitName, string? GrantSiteKey);

    public static readonly UnitSeed[] Units =
    [
        new("双牌县人民政府", UnitKind.CountyGovernment, "portal", "双牌县人民政府"),
        new("双牌县人民政府办公室", UnitKind.CountyDepartment, null),
        new("泷泊镇人民政府", UnitKind.Township, "lbz", "泷泊镇人民政府"),
        new("江村镇人民政府", UnitKind.Township, "jcz", "江村镇人民政府"),
        new("五里牌镇人民政府", UnitKind.Township, "wlpz", "五里牌镇人民政府"),
        new("茶林镇人民政府", UnitKind.Township, "clz", "茶林镇人民政府"),
        new("何家洞镇人民政府", UnitKind.Township, "hjdz", "何家洞镇人民政府"),
        new("麻江镇人民政府", UnitKind.Township, "mjz", "麻江镇人民政府"),
        new("理家坪乡人民政府", UnitKind.Township, "ljpx", "理家坪乡人民政府"),
        new("双牌县打鼓坪林场", UnitKind.ForestFarm, "dgplc", "双牌县打鼓坪林场"),
        new("双牌县教育局", UnitKind.CountyDepartment, "jyj", "双牌县教育局"),
        new("双牌县卫生健康局", UnitKind.CountyDepartment, "wjj", "双牌县卫生健康局"),
        new("双牌县人力资源和社会保障局", UnitKind.CountyDepartment, "rsj", "双牌县人力资源和社会保障局"),
        new("双牌县林业局", UnitKind.CountyDepartment, "lyj", "双牌县林业局"),
        new("双牌县财政局", UnitKind.CountyDepartment, null),
    ];

    /// <summary>The channel set of the portal. Update rules follow 国办秘函〔2019〕19号: news every 2 weeks, notices and policies every 6 months.</summary>
    public static readonly ChannelSeed[] PortalChannels =
    [
        new("spyw", "双牌要闻", ChannelType.List, ChannelCategory.News, null, 1, 14),
        new("xzdt", "乡镇动态", ChannelType.List, ChannelCategory.News, null, 1, 14),
        new("bmdt", "部门动态", ChannelType.List, ChannelCategory.News, null, 1, 14),
        new("tzgg", "通知公告", ChannelType.List, ChannelCategory.Notices, null, 1, 180),
        new("zfxxgk", "政府信息公开", ChannelType.List, ChannelCategory.Other),
        new("zcwj", "政策文件", ChannelType.List, ChannelCategory.Policies, "zfxxgk", 1, 180),
        new("zcjd", "政策解读", ChannelType.List, ChannelCategory.Interpretations, "zfxxgk"),
        new("rsxx", "人事信息", ChannelType.List, ChannelCategory.Other, "zfxxgk"),
        new("czxx", "财政信息", ChannelType.List, ChannelCategory.Other, "zfxxgk"),
        new("bsfw", "办事服务", ChannelType.List, ChannelCategory.Services),
        new("bszn", "办事指南", ChannelType.List, ChannelCategory.Services, "bsfw"),
        new("zwfw", "湖南政务服务网", ChannelType.ExternalLink, ChannelCategory.Services, "bsfw"),
        new("hdjl", "互动交流", ChannelType.List, ChannelCategory.Interaction),
        new("xzxx", "县长信箱", ChannelType.List, ChannelCategory.Interaction, "hdjl"),
        new("zjdc", "征集调查", ChannelType.List, ChannelCategory.Interaction, "hdjl"),
        new("ztzl", "专题专栏", ChannelType.List, ChannelCategory.Topics),
        new("zjsp", "走进双牌", ChannelType.SinglePage, ChannelCategory.Other),
    ];

    /// <summary>The channel set every unit site starts with.</summary>
    public static readonly ChannelSeed[] UnitChannels =
    [
        new("dtyw", "动态要闻", ChannelType.List, ChannelCategory.News, null, 1, 14),
        new("tzgg", "通知公告", ChannelType.List, ChannelCategory.Notices, null, 1, 180),
        new("zfxxgk", "政府信息公开", ChannelType.List, ChannelCategory.Other),
        new("jgzn", "机构职能", ChannelType.SinglePage, ChannelCategory.Other, "zfxxgk"),
        new("zcwj", "政策文件", ChannelType.List, ChannelCategory.Policies, "zfxxgk", 1, 180),
        new("zcjd", "政策解读", ChannelType.List, ChannelCategory.Interpretations, "zfxxgk"),
        new("bsfw", "办事服务", ChannelType.List, ChannelCategory.Services),
        new("hdjl", "互动交流", ChannelType.List, ChannelCategory.Interaction),
    ];

    public static readonly AccountSeed[] Accounts =
    [
        new("admin", "李建国", RoleNames.PlatformAdmin, "双牌县人民政府办公室", null),
        new("security", "周敏", RoleNames.SecurityAdmin, "双牌县人民政府办公室", null),
        new("auditor", "陈静", RoleNames.Auditor, "双牌县人民政府办公室", null),
        new("evaluator", "唐志强", RoleNames.Evaluator, "双牌县人民政府办公室", null),
        new("portal.editor", "蒋丽华", RoleNames.PortalEditor, "双牌县人民政府", "portal"),
        new("portal.reviewer", "胡志勇", RoleNames.Reviewer, "双牌县人民政府", "portal"),
        new("portal.secrecy", "蒋晓燕", RoleNames.SecrecyReviewer, "双牌县人民政府", "portal"),
        new("lbz.officer", "王芳", RoleNames.InfoOfficer, "泷泊镇人民政府", "lbz"),
        new("lbz.reviewer", "刘卫东", RoleNames.Reviewer, "泷泊镇人民政府", "lbz"),
        new("lbz.secrecy", "何永红", RoleNames.SecrecyReviewer, "泷泊镇人民政府", "lbz"),
        new("jyj.officer", "邓小兰", RoleNames.InfoOfficer, "双牌县教育局", "jyj"),
        new("funds", "杨春梅", RoleNames.FundsChecker, "双牌县财政局", null),
    ];
}
