namespace GovSites.Modules.Sites.Rules;

/// <summary>
/// A host name a site is bound to: lower-case letters, digits and hyphens in dot-separated labels
/// (RFC 1123), at least two labels, 253 characters in all, 63 per label; no scheme, path, port or IP
/// address. Chinese domain names are entered in their punycode form (<c>xn--...</c>).
/// </summary>
public static class HostName
{
    public const int MaxLength = 253;
    private const int MaxLabelLength = 63;

    /// <summary>Null when <paramref name="host"/> is valid, else the reason in Chinese.</summary>
    public static string? Validate(string host)
    {
        if (host.Contains("://", StringComparison.Ordinal) || host.Contains('/', StringComparison.Ordinal))
        {
            return $"域名“{host}”只填写主机名，不要带 http:// 或路径，如 lbz.shuangpai.gov.cn。";
        }

        if (host.Contains(':', StringComparison.Ordinal))
        {
            return $"域名“{host}”不要带端口号。";
        }

        if (host.Length > MaxLength)
        {
            return $"域名“{host}”太长，最多 {MaxLength} 个字符。";
        }

        var labels = host.Split('.');
        if (labels.Length < 2)
        {
            return $"域名“{host}”不完整，应至少包含两段，如 lbz.shuangpai.gov.cn。";
        }

        foreach (var label in labels)
        {
            if (ValidateLabel(host, label) is { } reason)
            {
                return reason;
            }
        }

        return labels[^1].All(char.IsAsciiDigit) ? $"“{host}”是 IP 地址，请填写域名。" : null;
    }

    public static bool IsValid(string host) => Validate(host) is null;

    private static string? ValidateLabel(string host, string label)
    {
        if (label.Length == 0)
        {
            return $"域名“{host}”格式不正确：不能以点开头或结尾，也不能有两个相连的点。";
        }

        if (label.Length > MaxLabelLength)
        {
            return $"域名“{host}”中的“{label}”太长，每段最多 {MaxLabelLength} 个字符。";
        }

        if (!label.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return $"域名“{host}”含有不允许的字符，只能使用小写字母、数字、连字符（-）和点；中文域名请填写其 xn-- 形式。";
        }

        return label[0] == '-' || label[^1] == '-'
            ? $"域名“{host}”中的“{label}”不能以连字符开头或结尾。"
            : null;
    }
}
