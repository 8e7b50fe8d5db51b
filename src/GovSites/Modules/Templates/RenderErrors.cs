using System.Text.RegularExpressions;

namespace GovSites.Modules.Templates;

/// <summary>Puts Fluid's English runtime errors into the Chinese an administrator reads.</summary>
public static partial class RenderErrors
{
    public static string Describe(string message)
    {
        // Fluid 2.41 reports an exceeded step limit with its recursion message, so both read as one limit.
        if (message.Contains("maximum number of statements", StringComparison.OrdinalIgnoreCase)
            || message.Contains("maximum level of recursion", StringComparison.OrdinalIgnoreCase))
        {
            return $"模板执行超出限制（最多 {ThemeEngine.MaxSteps} 步、嵌套 {ThemeEngine.MaxRecursion} 层），可能有过大的循环。";
        }

        var name = QuotedName().Match(message);
        if (message.Contains("filter", StringComparison.OrdinalIgnoreCase))
        {
            return name.Success ? $"过滤器“{name.Groups[1].Value}”不存在。" : $"使用了不存在的过滤器（{message}）。";
        }

        if (message.Contains("undefined", StringComparison.OrdinalIgnoreCase))
        {
            return name.Success ? $"引用了不存在的变量或属性“{name.Groups[1].Value}”。" : $"引用了不存在的变量或属性（{message}）。";
        }

        return $"执行出错：{message}";
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedName();
}
