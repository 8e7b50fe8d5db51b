using System.Text.RegularExpressions;

namespace GovSites.Modules.Templates;

/// <summary>Puts Fluid's English runtime errors into the Chinese an administrator reads.</summary>
public static partial class RenderErrors
{
    public static string Describe(string message)
    {
        if (message.Contains("maximum number of statements", StringComparison.OrdinalIgnoreCase))
        {
            return $"模板执行步数超过上限（{ThemeEngine.MaxSteps} 步），可能有过大的循环。";
        }

        if (message.Contains("recursion", StringComparison.OrdinalIgnoreCase))
        {
            return $"模板嵌套或递归层数超过上限（{ThemeEngine.MaxRecursion} 层）。";
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
