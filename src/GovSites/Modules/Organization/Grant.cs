namespace GovSites.Modules.Organization;

/// <summary>
/// 授权：某账号可在某站点（可限定到某栏目）上工作。站点范围内的角色（信息员、审核人、保密审查员、门户编辑）
/// 只能在有授权的站点上看到和操作内容。SiteId and ChannelId point into the Sites module, which sits
/// above Organization, so they are plain ids here and the foreign keys are declared by Sites.
/// </summary>
public sealed class Grant
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    public int SiteId { get; set; }

    /// <summary>Null: the whole site.</summary>
    public int? ChannelId { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    public int? GrantedById { get; set; }
}
