using GovSites.Modules.Organization;

namespace GovSites.IntegrationTests.Organization.Units;

/// <summary>Fields of the unit form as a browser posts them.</summary>
internal static class UnitForm
{
    /// <summary>A valid code no demo unit has.</summary>
    public static readonly string FreeCode = CreditCode.Complete("11431123006699995");

    public static Dictionary<string, string> Fields(string name, string code, string kind = "CountyDepartment", string version = "0") => new()
    {
        ["Input.Name"] = name,
        ["Input.Kind"] = kind,
        ["Input.CreditCode"] = code,
        ["Input.ContactPhone"] = "0746-7720000",
        ["Input.Address"] = "双牌县泷泊镇",
        ["Input.SortOrder"] = "50",
        ["Input.Version"] = version,
    };
}
