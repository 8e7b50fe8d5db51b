using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization.Units;

/// <summary>单位名录: the units the staff member may see, with how many sites and accounts each has.</summary>
public sealed class IndexModel(UnitAccess access, UnitReferences references) : PageModel
{
    public sealed record Row(int Id, string Name, UnitKind Kind, string CreditCode, long Sites, long Accounts);

    [BindProperty(SupportsGet = true)]
    public UnitKind? Kind { get; set; }

    public List<Row> Rows { get; private set; } = [];

    public bool CanManage => access.CanManageUnits;

    public async Task OnGetAsync()
    {
        var query = access.VisibleUnits().AsNoTracking();
        if (Kind is { } kind && Enum.IsDefined(kind))
        {
            query = query.Where(u => u.Kind == kind);
        }
        else
        {
            Kind = null;
        }

        var units = await query.OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToListAsync();
        var counts = await references.CountByUnitAsync();
        Rows = units.Select(u => new Row(u.Id, u.Name, u.Kind, u.CreditCode, Count(counts, UnitReferences.Sites, u.Id), Count(counts, UnitReferences.Accounts, u.Id))).ToList();
    }

    private static long Count(Dictionary<string, Dictionary<int, long>> counts, string key, int unitId) =>
        counts.TryGetValue(key, out var byUnit) ? byUnit.GetValueOrDefault(unitId) : 0;
}
