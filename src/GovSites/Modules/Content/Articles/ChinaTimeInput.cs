using System.Globalization;
using GovSites.Platform.Time;

namespace GovSites.Modules.Content.Articles;

/// <summary>Times typed in China time (a <c>datetime-local</c> field), stored in UTC.</summary>
public static class ChinaTimeInput
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>The value of a <c>datetime-local</c> field for <paramref name="utc"/>.</summary>
    public static string? Format(DateTimeOffset? utc) =>
        utc?.ToChina().ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>False when <paramref name="text"/> is not a time; an empty field is a valid "no time" (null).</summary>
    public static bool TryParse(string? text, out DateTimeOffset? utc)
    {
        utc = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        utc = new DateTimeOffset(local, ChinaTime.Zone.GetUtcOffset(local)).ToUniversalTime();
        return true;
    }
}
