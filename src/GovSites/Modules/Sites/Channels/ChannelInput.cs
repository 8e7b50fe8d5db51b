namespace GovSites.Modules.Sites.Channels;

/// <summary>What a platform admin enters for a channel, from the page form or the API, before it is checked.</summary>
public sealed record ChannelInput(
    string? Key,
    string? Name,
    int? ParentId,
    ChannelType? Type,
    ChannelCategory? Category,
    string? ExternalUrl,
    int? UpdateMinItems,
    int? UpdatePeriodDays,
    int? ResponsibleUnitId,
    int? SortOrder)
{
    /// <summary>Trims the text and turns blanks into null; the key is lower-cased as addresses are.</summary>
    public ChannelInput Normalized() => this with
    {
        Key = SiteInput.Clean(Key)?.ToLowerInvariant(),
        Name = SiteInput.Clean(Name),
        ExternalUrl = SiteInput.Clean(ExternalUrl),
    };

    public void ApplyTo(Channel channel)
    {
        channel.Key = Key!;
        channel.Name = Name!;
        channel.ParentId = ParentId;
        channel.Type = Type!.Value;
        channel.Category = Category!.Value;
        channel.ExternalUrl = ExternalUrl;
        channel.UpdateMinItems = UpdateMinItems;
        channel.UpdatePeriodDays = UpdatePeriodDays;
        channel.ResponsibleUnitId = ResponsibleUnitId;
        channel.SortOrder = SortOrder ?? 0;
    }
}
