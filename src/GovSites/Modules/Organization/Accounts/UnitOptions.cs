using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization.Accounts;

/// <summary>The units for a select, in their sort order.</summary>
public static class UnitOptions
{
    public static async Task<List<SelectListItem>> LoadAsync(UnitAccess access, int? selected = null)
    {
        var units = await access.VisibleUnits().OrderBy(u => u.SortOrder).ThenBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync();
        return units.Select(u => new SelectListItem(u.Name, u.Id.ToString(CultureInfo.InvariantCulture), u.Id == selected)).ToList();
    }
}
