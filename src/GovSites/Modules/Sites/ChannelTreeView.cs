using GovSites.Modules.Sites.Rules;

namespace GovSites.Modules.Sites;

/// <summary>A channel as the tree on the site page shows it.</summary>
public sealed record ChannelRow(
    int Id, int? ParentId, string Key, string Name, ChannelType Type, ChannelCategory Category,
    int? UpdateMinItems, int? UpdatePeriodDays, string? ResponsibleUnit)
{
    /// <summary>"每 14 天至少 1 条", or empty when the channel has no update rule.</summary>
    public string UpdateRule => UpdateRuleText(UpdateMinItems, UpdatePeriodDays);

    public static string UpdateRuleText(int? minItems, int? periodDays) =>
        minItems is { } n && periodDays is { } d ? $"每 {d} 天至少 {n} 条" : string.Empty;
}

/// <summary>The model of _ChannelTree.cshtml, which renders itself for each level.</summary>
public sealed record ChannelTreeView(IReadOnlyList<ChannelTree.Node<ChannelRow>> Nodes, int SiteId, bool CanManage);
