using GovSites.Modules.Organization;
using GovSites.Platform.Data;
using GovSites.Platform.Time;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Submissions;

/// <summary>
/// 我的报送: everything the user's unit submitted, with its state and the editors' reasons; and, for the
/// portal editors, evaluators and the platform admin, the count per unit for the current year.
/// </summary>
public sealed class IndexModel(GovSitesDbContext db, SubmissionAccess access, CurrentStaff staff, TimeProvider time) : PageModel
{
    private const int MaxRows = 200;

    public sealed record UnitStatistics(string UnitName, int Submitted, int Adopted, int Returned);

    public List<SubmissionRow> Rows { get; private set; } = [];

    public bool SeesStatistics => access.SeesStatistics;

    public int Year { get; private set; }

    public List<UnitStatistics> Statistics { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var unitId = staff.UnitId;
        var own = access.VisibleSubmissions().Where(s => s.UnitId == unitId)
            .OrderByDescending(s => s.SubmittedAt).ThenByDescending(s => s.Id).Take(MaxRows);
        Rows = await SubmissionRow.ListAsync(db, own);
        if (!SeesStatistics)
        {
            return;
        }

        // The year as the county counts it (China time), stored times being UTC.
        Year = time.GetUtcNow().ToChina().Year;
        var start = new DateTimeOffset(Year, 1, 1, 0, 0, 0, ChinaTime.Zone.BaseUtcOffset).ToUniversalTime();
        var end = new DateTimeOffset(Year + 1, 1, 1, 0, 0, 0, ChinaTime.Zone.BaseUtcOffset).ToUniversalTime();
        var counts = await db.Set<Submission>()
            .Where(s => s.SubmittedAt >= start && s.SubmittedAt < end)
            .GroupBy(s => s.UnitId)
            .Select(g => new
            {
                UnitId = g.Key,
                Submitted = g.Count(),
                Adopted = g.Count(s => s.State == SubmissionState.Adopted),
                Returned = g.Count(s => s.State == SubmissionState.Returned),
            })
            .ToListAsync();
        var ids = counts.Select(c => c.UnitId).ToList();
        var names = await db.Units.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name);
        Statistics = [.. counts
            .Select(c => new UnitStatistics(names.GetValueOrDefault(c.UnitId, string.Empty), c.Submitted, c.Adopted, c.Returned))
            .OrderByDescending(c => c.Submitted).ThenBy(c => c.UnitName, StringComparer.Ordinal)];
    }
}
