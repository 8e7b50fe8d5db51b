using GovSites.Platform.Data;

namespace GovSites.Modules.Sites;

/// <summary>栏目类型</summary>
public enum ChannelType
{
    /// <summary>列表栏目</summary>
    List = 0,

    /// <summary>单页栏目</summary>
    SinglePage = 1,

    /// <summary>外部链接</summary>
    ExternalLink = 2,
}

/// <summary>栏目类别，监测按类别判断更新要求（国办秘函〔2019〕19号）。</summary>
public enum ChannelCategory
{
    /// <summary>动态要闻</summary>
    News = 0,

    /// <summary>通知公告</summary>
    Notices = 1,

    /// <summary>政策文件</summary>
    Policies = 2,

    /// <summary>解读</summary>
    Interpretations = 3,

    /// <summary>办事</summary>
    Services = 4,

    /// <summary>互动</summary>
    Interaction = 5,

    /// <summary>专题</summary>
    Topics = 6,

    /// <summary>其他</summary>
    Other = 7,
}

/// <summary>栏目。栏目组成树；列表栏目可设更新要求：每 D 天至少 N 条。</summary>
public sealed class Channel : IVersioned
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    public int? ParentId { get; set; }

    /// <summary>栏目标识，站内唯一，用于地址。</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }

    public ChannelType Type { get; set; }

    public ChannelCategory Category { get; set; }

    /// <summary>Only for <see cref="ChannelType.ExternalLink"/>.</summary>
    public string? ExternalUrl { get; set; }

    /// <summary>更新要求：至少 N 条……</summary>
    public int? UpdateMinItems { get; set; }

    /// <summary>……每 D 天。</summary>
    public int? UpdatePeriodDays { get; set; }

    /// <summary>责任单位</summary>
    public int? ResponsibleUnitId { get; set; }

    public int SortOrder { get; set; }

    public int Version { get; set; }
}

public static class ChannelNames
{
    public static string ToChinese(this ChannelType type) => type switch
    {
        ChannelType.List => "列表",
        ChannelType.SinglePage => "单页",
        _ => "外部链接",
    };

    public static string ToChinese(this ChannelCategory category) => category switch
    {
        ChannelCategory.News => "动态要闻",
        ChannelCategory.Notices => "通知公告",
        ChannelCategory.Policies => "政策文件",
        ChannelCategory.Interpretations => "解读",
        ChannelCategory.Services => "办事",
        ChannelCategory.Interaction => "互动",
        ChannelCategory.Topics => "专题",
        _ => "其他",
    };
}
