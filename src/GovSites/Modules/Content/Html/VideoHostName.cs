using System.Globalization;
using System.Text.RegularExpressions;

namespace GovSites.Modules.Content.Html;

/// <summary>
/// Checks a host name typed by the platform admin: a plain DNS name with at least two labels (RFC 1123),
/// no scheme, path, port or wildcard. Chinese domain names are kept in their ASCII (punycode) form, the
/// form <see cref="Uri.IdnHost"/> gives.
/// </summary>
public static partial class VideoHostName
{
    public const int MaxLength = 253;

    public sealed record Result(string? Host, string? Error);

    public static Result Check(string? input)
    {
        var text = input?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return new(null, "请填写视频网站的域名，如 player.bilibili.com。");
        }

        if (text.Contains("://", StringComparison.Ordinal) || text.IndexOfAny(['/', ':', '?', '#', '@', '*', ' ']) >= 0)
        {
            return new(null, "只填写域名，如 player.bilibili.com，不要带 https://、端口、路径或通配符。");
        }

        string ascii;
        try
        {
            ascii = new IdnMapping().GetAscii(text.TrimEnd('.')).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return new(null, $"“{text}”不是有效的域名。");
        }

        if (ascii.Length > MaxLength || !Pattern().IsMatch(ascii) || IsAddress(ascii))
        {
            return new(null, $"“{text}”不是有效的域名：应由字母、数字和连字符组成，至少含一个点，如 player.bilibili.com。");
        }

        return new(ascii, null);
    }

    /// <summary>Labels of 1–63 letters, digits and hyphens, not starting or ending with a hyphen; a last label of letters.</summary>
    [GeneratedRegex(@"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")]
    private static partial Regex Pattern();

    private static bool IsAddress(string host) => System.Net.IPAddress.TryParse(host, out _);
}
