using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization.Units;

/// <summary>
/// 删除单位, by the platform admin, only when nothing refers to the unit any more: its site, accounts and
/// the channels it is responsible for must first be moved or removed.
/// </summary>
public sealed class DeleteModel(GovSitesDbContext db, UnitAccess access, UnitReferences references) : PageModel
{
    public Unit Unit { get; private set; } = null!;

    public IReadOnlyList<UnitReferences.Use> Uses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (Uses.Count > 0)
        {
            return Page();
        }

        db.Units.Remove(Unit);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Something came to refer to the unit after our check; the restricting foreign key refused.
            db.Entry(Unit).State = EntityState.Unchanged;
            Uses = await references.FindAsync(id);
            if (Uses.Count == 0)
            {
                throw;
            }

            return Page();
        }

        TempData["Message"] = $"已删除单位“{Unit.Name}”。";
        return Redirect("/admin/units");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await access.VisibleUnits().SingleOrDefaultAsync(u => u.Id == id) is not { } unit)
        {
            return NotFound();
        }

        if (!access.CanManageUnits)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Unit = unit;
        Uses = await references.FindAsync(id);
        return null;
    }
}
