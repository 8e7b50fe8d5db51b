namespace GovSites.Modules.Sites;

/// <summary>站点类型</summary>
public enum SiteKind
{
    /// <summary>门户网站</summary>
    Portal = 0,

    /// <summary>单位站点（子网站）</summary>
    UnitSite = 1,
}

/// <summary>站点状态（开办、变更、关停都要备案，DOMAIN.md §1）</summary>
public enum SiteStatus
{
    /// <summary>筹建中</summary>
    Planning = 0,

    /// <summary>运行中</summary>
    Online = 1,

    /// <summary>临时关闭</summary>
    Suspended = 2,

    /// <summary>已关停</summary>
    Closed = 3,
}

public static class SiteNames
{
    public static string ToChinese(this SiteKind kind) => kind == SiteKind.Portal ? "门户网站" : "单位站点";

    public static string ToChinese(this SiteStatus status) => status switch
    {
        SiteStatus.Planning => "筹建中",
        SiteStatus.Online => "运行中",
        SiteStatus.Suspended => "临时关闭",
        _ => "已关停",
    };
}
