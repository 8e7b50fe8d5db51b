using GovSites.Modules.Organization;
using GovSites.Platform.Data;

namespace GovSites.Modules.Sites;

/// <summary>站点：门户网站或单位站点。一个单位至多有一个站点（国办发〔2017〕47号）。</summary>
public sealed class Site : IVersioned
{
    public int Id { get; set; }

    /// <summary>站点标识，用于地址 /sites/{Key}/；门户为 portal。</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }

    public SiteKind Kind { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>网站标识码：6 位行政区划代码 + 4 位顺序号。</summary>
    public string? SiteCode { get; set; }

    /// <summary>ICP备案号</summary>
    public string? IcpNumber { get; set; }

    /// <summary>公安机关备案号</summary>
    public string? PoliceFilingNumber { get; set; }

    /// <summary>主办单位</summary>
    public required string Sponsor { get; set; }

    /// <summary>承办单位</summary>
    public required string Operator { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactAddress { get; set; }

    public SiteStatus Status { get; set; }

    public List<SiteDomain> Domains { get; set; } = [];

    public int Version { get; set; }
}
