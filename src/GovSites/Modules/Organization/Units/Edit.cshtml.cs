using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization.Units;

/// <summary>单位详情: the platform admin edits it; other roles that may see the unit read it.</summary>
public sealed class EditModel(GovSitesDbContext db, UnitAccess access, UnitReferences references) : PageModel
{
    public const string ConflictMessage = "该记录已被他人修改，请刷新后重新编辑。";

    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public Unit Unit { get; private set; } = null!;

    /// <summary>The saved name, for the heading even while the form holds an unsaved one.</summary>
    public string SavedName { get; private set; } = string.Empty;

    public IReadOnlyList<UnitReferences.Use> Uses { get; private set; } = [];

    public bool CanManage => access.CanManageUnits;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        Input = UnitInput.From(Unit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (!CanManage)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await Input.ValidateAsync(db, id, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(Unit);
        db.Entry(Unit).Property(u => u.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, ConflictMessage);
            return Page();
        }
        catch (DbUpdateException)
        {
            // Another admin saved the same name or code between our check and our save (unique indexes).
            if (!await Input.AddDuplicateErrorsAsync(db, id, ModelState))
            {
                throw;
            }

            return Page();
        }

        TempData["Message"] = $"已保存单位“{Unit.Name}”。";
        return Redirect($"/admin/units/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await access.VisibleUnits().SingleOrDefaultAsync(u => u.Id == id) is not { } unit)
        {
            return NotFound();
        }

        Unit = unit;
        SavedName = unit.Name;
        Uses = await references.FindAsync(id);
        return null;
    }
}
