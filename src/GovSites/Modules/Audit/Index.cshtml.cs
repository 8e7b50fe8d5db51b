using GovSites.Modules.Organization;
using GovSites.Platform.Audit;
using GovSites.Platform.Data;
using GovSites.Platform.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Audit;

/// <summary>审计日志：只有审计员可以查看（三权分立：安全管理员和平台管理员都不能查看或修改）。</summary>
[Authorize(Roles = RoleNames.Auditor)]
public sealed class IndexModel(GovSitesDbContext db, AuditVerifier verifier) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Account { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public List<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public AuditVerifier.Result? Verification { get; private set; }

    public async Task OnGetAsync()
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Account))
        {
            query = query.Where(e => e.UserName == Account.Trim());
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            query = query.Where(e => e.Action.StartsWith(Action.Trim()));
        }

        if (From is { } from)
        {
            var start = ChinaDay(from);
            query = query.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = ChinaDay(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Entries = await query.OrderByDescending(e => e.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    public async Task OnPostVerifyAsync()
    {
        Verification = await verifier.VerifyAsync(HttpContext.RequestAborted);
        await OnGetAsync();
    }

    private static DateTimeOffset ChinaDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, ChinaTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
