using GovSites.Platform.Data;

namespace GovSites.Modules.Organization;

/// <summary>单位：县政府、县直部门、乡镇、街道、林场等。每个工作人员账号属于一个单位。</summary>
public sealed class Unit : IVersioned
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public UnitKind Kind { get; set; }

    /// <summary>统一社会信用代码（18 位，GB 32100-2015）。</summary>
    public required string CreditCode { get; set; }

    public string? ContactPhone { get; set; }

    public string? Address { get; set; }

    public int SortOrder { get; set; }

    public int Version { get; set; }
}
