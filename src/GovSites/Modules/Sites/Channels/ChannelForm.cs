namespace GovSites.Modules.Sites.Channels;

/// <summary>The channel form as posted by the New and Edit channel pages.</summary>
public sealed class ChannelForm
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    public int? ParentId { get; set; }

    public ChannelType? Type { get; set; } = ChannelType.List;

    public ChannelCategory? Category { get; set; }

    public string? ExternalUrl { get; set; }

    public int? UpdateMinItems { get; set; }

    public int? UpdatePeriodDays { get; set; }

    public int? ResponsibleUnitId { get; set; }

    public int? SortOrder { get; set; }

    public int Version { get; set; }

    /// <summary>Names of the fields whose posted text may fail to bind (numbers and choices), for the messages.</summary>
    public static string Label(string field) => field switch
    {
        nameof(ParentId) => "上级栏目",
        nameof(Type) => "栏目类型",
        nameof(Category) => "栏目类别",
        nameof(UpdateMinItems) => "更新要求的条数",
        nameof(UpdatePeriodDays) => "更新要求的天数",
        nameof(ResponsibleUnitId) => "责任单位",
        nameof(SortOrder) => "排序号",
        _ => "版本号",
    };

    public ChannelInput ToInput() =>
        new(Key, Name, ParentId, Type, Category, ExternalUrl, UpdateMinItems, UpdatePeriodDays, ResponsibleUnitId, SortOrder);

    public static ChannelForm From(Channel channel) => new()
    {
        Key = channel.Key,
        Name = channel.Name,
        ParentId = channel.ParentId,
        Type = channel.Type,
        Category = channel.Category,
        ExternalUrl = channel.ExternalUrl,
        UpdateMinItems = channel.UpdateMinItems,
        UpdatePeriodDays = channel.UpdatePeriodDays,
        ResponsibleUnitId = channel.ResponsibleUnitId,
        SortOrder = channel.SortOrder,
        Version = channel.Version,
    };
}
