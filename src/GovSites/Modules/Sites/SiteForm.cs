namespace GovSites.Modules.Sites;

/// <summary>The site form as posted by the New and Edit pages; the domains come as one text, one per line.</summary>
public sealed class SiteForm
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    public SiteKind? Kind { get; set; } = SiteKind.UnitSite;

    public int? UnitId { get; set; }

    public string? Domains { get; set; }

    public string? SiteCode { get; set; }

    public string? IcpNumber { get; set; }

    public string? PoliceFilingNumber { get; set; }

    public string? Sponsor { get; set; }

    public string? Operator { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactAddress { get; set; }

    public SiteStatus? Status { get; set; } = SiteStatus.Planning;

    public int Version { get; set; }

    /// <summary>Names of the fields whose posted text may fail to bind (numbers and choices), for the messages.</summary>
    public static string Label(string field) => field switch
    {
        nameof(Kind) => "站点类型",
        nameof(UnitId) => "所属单位",
        nameof(Status) => "状态",
        _ => "版本号",
    };

    public SiteInput ToInput() => new(
        Key, Name, Kind, UnitId, (Domains ?? string.Empty).Split('\n'), SiteCode, IcpNumber, PoliceFilingNumber,
        Sponsor, Operator, ContactPhone, ContactEmail, ContactAddress, Status);

    public static SiteForm From(Site site) => new()
    {
        Key = site.Key,
        Name = site.Name,
        Kind = site.Kind,
        UnitId = site.UnitId,
        Domains = string.Join('\n', site.Domains.OrderBy(d => d.Id).Select(d => d.Host)),
        SiteCode = site.SiteCode,
        IcpNumber = site.IcpNumber,
        PoliceFilingNumber = site.PoliceFilingNumber,
        Sponsor = site.Sponsor,
        Operator = site.Operator,
        ContactPhone = site.ContactPhone,
        ContactEmail = site.ContactEmail,
        ContactAddress = site.ContactAddress,
        Status = site.Status,
        Version = site.Version,
    };
}
