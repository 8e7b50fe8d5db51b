using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Sites;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Sites;

/// <summary>Helpers of the site and channel tests: demo records by key, form fields, and a snapshot to prove nothing changed.</summary>
public abstract class SitesTest(GovSitesFactory factory) : IntegrationTest(factory)
{
    public const string Conflict = "该记录已被他人修改，请刷新后重新编辑。";

    /// <summary>Every account of the demo county, for theories over roles.</summary>
    public static TheoryData<string> AllAccounts =>
        ["admin", "security", "auditor", "evaluator", "portal.editor", "lbz.officer", "lbz.reviewer", "lbz.secrecy", "jyj.officer", "funds"];

    protected Task<Site> SiteAsync(string key) =>
        WithDbAsync(db => db.Sites.Include(s => s.Domains).AsNoTracking().SingleAsync(s => s.Key == key));

    protected Task<Channel> ChannelAsync(string siteKey, string channelKey) =>
        WithDbAsync(db => db.Channels.AsNoTracking().SingleAsync(c => c.Key == channelKey && db.Sites.Any(s => s.Id == c.SiteId && s.Key == siteKey)));

    protected Task<int> UnitIdAsync(string name) => WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// <summary>All sites, domains and channels as text: equal before and after a refused request proves nothing was written.</summary>
    protected Task<string> SnapshotAsync() => WithDbAsync(async db => JsonSerializer.Serialize(new
    {
        Sites = await db.Sites.AsNoTracking().OrderBy(s => s.Id).Select(s => new
        {
            s.Id,
            s.Key,
            s.Name,
            s.Kind,
            s.UnitId,
            s.SiteCode,
            s.IcpNumber,
            s.PoliceFilingNumber,
            s.Sponsor,
            s.Operator,
            s.ContactPhone,
            s.ContactEmail,
            s.ContactAddress,
            s.Status,
            s.Version,
        }).ToListAsync(),
        Domains = await db.SiteDomains.OrderBy(d => d.Id).Select(d => new { d.Id, d.SiteId, d.Host }).ToListAsync(),
        Channels = await db.Channels.AsNoTracking().OrderBy(c => c.Id).ToListAsync(),
    }));

    /// <summary>The site form as the edit page would post it, unchanged.</summary>
    protected static Dictionary<string, string> SiteFields(Site site) => new()
    {
        ["Input.Key"] = site.Key,
        ["Input.Name"] = site.Name,
        ["Input.Kind"] = site.Kind.ToString(),
        ["Input.UnitId"] = Text(site.UnitId),
        ["Input.Domains"] = string.Join("\n", site.Domains.OrderBy(d => d.Id).Select(d => d.Host)),
        ["Input.SiteCode"] = site.SiteCode ?? string.Empty,
        ["Input.IcpNumber"] = site.IcpNumber ?? string.Empty,
        ["Input.PoliceFilingNumber"] = site.PoliceFilingNumber ?? string.Empty,
        ["Input.Sponsor"] = site.Sponsor,
        ["Input.Operator"] = site.Operator,
        ["Input.ContactPhone"] = site.ContactPhone ?? string.Empty,
        ["Input.ContactEmail"] = site.ContactEmail ?? string.Empty,
        ["Input.ContactAddress"] = site.ContactAddress ?? string.Empty,
        ["Input.Status"] = site.Status.ToString(),
        ["Input.Version"] = Text(site.Version),
    };

    /// <summary>A valid new unit site for 双牌县财政局, the demo unit that has none.</summary>
    protected async Task<Dictionary<string, string>> NewSiteFieldsAsync() => new()
    {
        ["Input.Key"] = "czj",
        ["Input.Name"] = "双牌县财政局",
        ["Input.Kind"] = "UnitSite",
        ["Input.UnitId"] = Text(await UnitIdAsync("双牌县财政局")),
        ["Input.Domains"] = "czj.shuangpai.gov.cn",
        ["Input.SiteCode"] = "4311230099",
        ["Input.IcpNumber"] = "湘ICP备05004233号",
        ["Input.PoliceFilingNumber"] = "湘公网安备 43112302000099号",
        ["Input.Sponsor"] = "双牌县财政局",
        ["Input.Operator"] = "双牌县财政局",
        ["Input.ContactPhone"] = "0746-7721234",
        ["Input.ContactEmail"] = "czj@shuangpai.gov.cn",
        ["Input.ContactAddress"] = "双牌县泷泊镇",
        ["Input.Status"] = "Planning",
    };

    /// <summary>The channel form as the edit page would post it, unchanged.</summary>
    protected static Dictionary<string, string> ChannelFields(Channel channel) => new()
    {
        ["Input.Key"] = channel.Key,
        ["Input.Name"] = channel.Name,
        ["Input.ParentId"] = Text(channel.ParentId),
        ["Input.Type"] = channel.Type.ToString(),
        ["Input.Category"] = channel.Category.ToString(),
        ["Input.ExternalUrl"] = channel.ExternalUrl ?? string.Empty,
        ["Input.UpdateMinItems"] = Text(channel.UpdateMinItems),
        ["Input.UpdatePeriodDays"] = Text(channel.UpdatePeriodDays),
        ["Input.ResponsibleUnitId"] = Text(channel.ResponsibleUnitId),
        ["Input.SortOrder"] = Text(channel.SortOrder),
        ["Input.Version"] = Text(channel.Version),
    };

    protected static Dictionary<string, string> NewChannelFields(string key = "xxgk", string name = "信息公开指南") => new()
    {
        ["Input.Key"] = key,
        ["Input.Name"] = name,
        ["Input.Type"] = "List",
        ["Input.Category"] = "Other",
        ["Input.SortOrder"] = "20",
    };

    /// <summary>The messages the page shows in its error summary (empty when there are none).</summary>
    protected static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var page = await StaffClient.ReadDocumentAsync(response);
        return page.QuerySelector(".errors")?.TextContent ?? string.Empty;
    }

    /// <summary>Sends JSON to the staff API with the anti-forgery token the admin pages carry, as an admin script would.</summary>
    protected static async Task<HttpResponseMessage> SendJsonAsync(StaffClient client, HttpMethod method, string path, object body, bool withToken = true)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (withToken)
        {
            var (_, page) = await client.GetPageAsync("/admin");
            request.Headers.Add("RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"));
        }

        return await client.Http.SendAsync(request);
    }

    protected static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
