namespace GovSites.Modules.Organization;

/// <summary>单位类型</summary>
public enum UnitKind
{
    /// <summary>县政府</summary>
    CountyGovernment = 0,

    /// <summary>县直部门</summary>
    CountyDepartment = 1,

    /// <summary>乡镇</summary>
    Township = 2,

    /// <summary>街道</summary>
    Subdistrict = 3,

    /// <summary>林场</summary>
    ForestFarm = 4,

    /// <summary>其他</summary>
    Other = 5,
}

public static class UnitKindNames
{
    public static string ToChinese(this UnitKind kind) => kind switch
    {
        UnitKind.CountyGovernment => "县政府",
        UnitKind.CountyDepartment => "县直部门",
        UnitKind.Township => "乡镇",
        UnitKind.Subdistrict => "街道",
        UnitKind.ForestFarm => "林场",
        _ => "其他",
    };
}
