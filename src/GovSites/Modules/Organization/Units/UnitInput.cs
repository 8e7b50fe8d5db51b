using System.ComponentModel.DataAnnotations;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization.Units;

/// <summary>The fields of the unit form (new and edit), with the checks data annotations cannot express.</summary>
public sealed class UnitInput
{
    [Required(ErrorMessage = "请填写单位名称。")]
    [StringLength(100, ErrorMessage = "单位名称不能超过 100 个字。")]
    public string Name { get; set; } = string.Empty;

    public UnitKind Kind { get; set; } = UnitKind.CountyDepartment;

    /// <summary>Checked by <see cref="Organization.CreditCode.Validate"/>, which says what is wrong in Chinese.</summary>
    public string? CreditCode { get; set; }

    [StringLength(50, ErrorMessage = "联系电话不能超过 50 个字符。")]
    public string? ContactPhone { get; set; }

    [StringLength(200, ErrorMessage = "地址不能超过 200 个字。")]
    public string? Address { get; set; }

    [Range(0, 99999, ErrorMessage = "排序号应为 0 至 99999 之间的整数。")]
    public int? SortOrder { get; set; }

    public int Version { get; set; }

    public static UnitInput From(Unit unit) => new()
    {
        Name = unit.Name,
        Kind = unit.Kind,
        CreditCode = unit.CreditCode,
        ContactPhone = unit.ContactPhone,
        Address = unit.Address,
        SortOrder = unit.SortOrder,
        Version = unit.Version,
    };

    public void ApplyTo(Unit unit)
    {
        unit.Name = Name;
        unit.Kind = Kind;
        unit.CreditCode = CreditCode!;
        unit.ContactPhone = ContactPhone;
        unit.Address = Address;
        unit.SortOrder = SortOrder ?? 0;
    }

    /// <summary>
    /// Trims the text, upper-cases the credit code (officials often type it in lower case) and adds the
    /// errors of the credit code and of names or codes another unit already uses.
    /// </summary>
    public async Task ValidateAsync(GovSitesDbContext db, int? unitId, ModelStateDictionary modelState)
    {
        Name = Name?.Trim() ?? string.Empty;
        CreditCode = CreditCode?.Trim().ToUpperInvariant();
        ContactPhone = string.IsNullOrWhiteSpace(ContactPhone) ? null : ContactPhone.Trim();
        Address = string.IsNullOrWhiteSpace(Address) ? null : Address.Trim();
        if (!Enum.IsDefined(Kind))
        {
            modelState.AddModelError($"Input.{nameof(Kind)}", "请选择单位类型。");
        }

        if (Organization.CreditCode.Validate(CreditCode) is { } error)
        {
            modelState.AddModelError($"Input.{nameof(CreditCode)}", error);
        }

        await AddDuplicateErrorsAsync(db, unitId, modelState);
    }

    /// <summary>Adds an error for a name or code another unit has; true when there was one.</summary>
    public async Task<bool> AddDuplicateErrorsAsync(GovSitesDbContext db, int? unitId, ModelStateDictionary modelState)
    {
        var found = false;
        if (Name.Length > 0 && await db.Units.AnyAsync(u => u.Name == Name && u.Id != unitId))
        {
            modelState.AddModelError($"Input.{nameof(Name)}", $"已有名为“{Name}”的单位，单位名称不能重复。");
            found = true;
        }

        if (CreditCode is { Length: 18 }
            && await db.Units.Where(u => u.CreditCode == CreditCode && u.Id != unitId).Select(u => u.Name).FirstOrDefaultAsync() is { } other)
        {
            modelState.AddModelError($"Input.{nameof(CreditCode)}", $"统一社会信用代码 {CreditCode} 已被“{other}”使用，不能重复。");
            found = true;
        }

        return found;
    }
}
