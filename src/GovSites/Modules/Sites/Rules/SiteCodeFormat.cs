namespace GovSites.Modules.Sites.Rules;

/// <summary>
/// 网站标识码 (DOMAIN.md §1, 国办发〔2017〕47号): 10 digits, the 6-digit administrative region code
/// (GB/T 2260) of the site's government followed by a 4-digit sequence number, e.g. <c>4311230001</c>.
/// </summary>
public static class SiteCodeFormat
{
    public const int Length = 10;

    /// <summary>The first two digits of a region code: the 31 provinces of the mainland (GB/T 2260).</summary>
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41",
        "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
    ];

    /// <summary>Null when <paramref name="code"/> is valid, else the reason in Chinese.</summary>
    public static string? Validate(string code)
    {
        if (code.Length != Length || !code.All(char.IsAsciiDigit))
        {
            return "网站标识码应为 10 位数字（6 位行政区划代码加 4 位顺序号），如 4311230001。";
        }

        if (!Provinces.Contains(code[..2]))
        {
            return $"网站标识码的前 6 位应为行政区划代码，“{code[..6]}”不是有效的行政区划代码。";
        }

        return code[6..] == "0000" ? "网站标识码的后 4 位顺序号不能是 0000。" : null;
    }

    public static bool IsValid(string code) => Validate(code) is null;
}
