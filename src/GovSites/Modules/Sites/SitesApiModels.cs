using GovSites.Modules.Sites.Channels;

namespace GovSites.Modules.Sites;

/// <summary>The JSON shapes of <c>/api/v1/sites</c>. Kinds, statuses, types and categories travel as their English names.</summary>
public static class SitesApiModels
{
    public sealed record SiteListItem(int Id, string Key, string Name, string Kind, string Status, string? SiteCode, int UnitId, string[] Domains);

    public sealed record SiteDetail(
        int Id, string Key, string Name, string Kind, string Status, string? SiteCode, int UnitId, string[] Domains,
        string? IcpNumber, string? PoliceFilingNumber, string Sponsor, string Operator,
        string? ContactPhone, string? ContactEmail, string? ContactAddress, int Version);

    public sealed record ChannelItem(int Id, int? ParentId, string Key, string Name, string Type, string Category, int? UpdateMinItems, int? UpdatePeriodDays, int SortOrder);

    /// <summary>A site to create (POST) or the new state of one (PUT, with the <c>version</c> it was read at).</summary>
    public sealed record SiteRequest(
        string? Key, string? Name, string? Kind, int? UnitId, string[]? Domains, string? SiteCode,
        string? IcpNumber, string? PoliceFilingNumber, string? Sponsor, string? Operator,
        string? ContactPhone, string? ContactEmail, string? ContactAddress, string? Status, int? Version)
    {
        public SiteInput ToInput() => new(
            Key, Name, Parse<SiteKind>(Kind), UnitId, Domains ?? [], SiteCode, IcpNumber, PoliceFilingNumber,
            Sponsor, Operator, ContactPhone, ContactEmail, ContactAddress, Parse<SiteStatus>(Status));
    }

    public sealed record ChannelRequest(
        string? Key, string? Name, int? ParentId, string? Type, string? Category, string? ExternalUrl,
        int? UpdateMinItems, int? UpdatePeriodDays, int? ResponsibleUnitId, int? SortOrder)
    {
        public ChannelInput ToInput() => new(
            Key, Name, ParentId, Parse<ChannelType>(Type), Parse<ChannelCategory>(Category), ExternalUrl,
            UpdateMinItems, UpdatePeriodDays, ResponsibleUnitId, SortOrder);
    }

    /// <summary>An unknown name becomes null, which the rules answer with the field's Chinese message.</summary>
    private static T? Parse<T>(string? name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;
}
