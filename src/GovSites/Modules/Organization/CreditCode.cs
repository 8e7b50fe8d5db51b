namespace GovSites.Modules.Organization;

/// <summary>
/// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from the 31-symbol
/// alphabet below (no I, O, S, V, Z); the last one is a check character computed from the first 17
/// with weights 3^i mod 31.
/// </summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Returns null when valid, else the reason in Chinese.</summary>
    public static string? Validate(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "请填写统一社会信用代码。";
        }

        if (code.Length != 18)
        {
            return "统一社会信用代码应为 18 位。";
        }

        foreach (var c in code)
        {
            if (Alphabet.IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return $"统一社会信用代码含有不允许的字符“{c}”（只能是数字和除 I、O、S、V、Z 以外的大写字母）。";
            }
        }

        return CheckCharacter(code.AsSpan(0, 17)) == code[17]
            ? null
            : "统一社会信用代码校验位不正确，请核对。";
    }

    public static bool IsValid(string? code) => Validate(code) is null;

    /// <summary>The check character for the first 17 characters.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Completes 17 characters with their check character.</summary>
    public static string Complete(string first17) => first17 + CheckCharacter(first17);
}
