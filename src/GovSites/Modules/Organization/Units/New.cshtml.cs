using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization.Units;

/// <summary>新增单位, by the platform admin only.</summary>
public sealed class NewModel(GovSitesDbContext db, UnitAccess access) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!access.CanManageUnits)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Input.SortOrder = (await db.Units.MaxAsync(u => (int?)u.SortOrder) ?? 0) + 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!access.CanManageUnits)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await Input.ValidateAsync(db, null, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var unit = new Unit { Name = Input.Name, CreditCode = Input.CreditCode! };
        Input.ApplyTo(unit);
        db.Units.Add(unit);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another admin saved the same name or code between our check and our save (unique indexes).
            db.Entry(unit).State = EntityState.Detached;
            if (!await Input.AddDuplicateErrorsAsync(db, null, ModelState))
            {
                throw;
            }

            return Page();
        }

        TempData["Message"] = $"已新增单位“{unit.Name}”。";
        return Redirect($"/admin/units/{unit.Id}");
    }
}
