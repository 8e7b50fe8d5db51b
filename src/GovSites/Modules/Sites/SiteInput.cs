using GovSites.Modules.Sites.Rules;

namespace GovSites.Modules.Sites;

/// <summary>What a platform admin enters for a site, from the page form or the API, before it is checked.</summary>
public sealed record SiteInput(
    string? Key,
    string? Name,
    SiteKind? Kind,
    int? UnitId,
    IReadOnlyList<string> Domains,
    string? SiteCode,
    string? IcpNumber,
    string? PoliceFilingNumber,
    string? Sponsor,
    string? Operator,
    string? ContactPhone,
    string? ContactEmail,
    string? ContactAddress,
    SiteStatus? Status)
{
    /// <summary>
    /// Trims every field and turns blanks into null; keys and host names are lower-cased, because
    /// addresses are case-insensitive and <c>LBZ.shuangpai.gov.cn</c> is the same host as <c>lbz...</c>.
    /// </summary>
    public SiteInput Normalized() => this with
    {
        Key = Clean(Key)?.ToLowerInvariant(),
        Name = Clean(Name),
        Domains = [.. Domains.Select(d => d.Trim().ToLowerInvariant()).Where(d => d.Length > 0)],
        SiteCode = Clean(SiteCode),
        IcpNumber = Clean(IcpNumber),
        PoliceFilingNumber = Clean(PoliceFilingNumber),
        Sponsor = Clean(Sponsor),
        Operator = Clean(Operator),
        ContactPhone = Clean(ContactPhone),
        ContactEmail = Clean(ContactEmail),
        ContactAddress = Clean(ContactAddress),
    };

    /// <summary>Copies the checked fields onto <paramref name="site"/>; the domains are synchronised by the caller.</summary>
    public void ApplyTo(Site site)
    {
        site.Key = Key!;
        site.Name = Name!;
        site.Kind = Kind!.Value;
        site.UnitId = UnitId!.Value;
        site.SiteCode = SiteCode;
        site.IcpNumber = IcpNumber;
        site.PoliceFilingNumber = PoliceFilingNumber;
        site.Sponsor = Sponsor!;
        site.Operator = Operator!;
        site.ContactPhone = ContactPhone;
        site.ContactEmail = ContactEmail;
        site.ContactAddress = ContactAddress;
        site.Status = Status!.Value;
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
