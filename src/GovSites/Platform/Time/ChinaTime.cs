namespace GovSites.Platform.Time;

/// <summary>
/// Times are stored in UTC and shown in China Standard Time (Asia/Shanghai) as <c>YYYY-MM-DD HH:MM</c>
/// (DOMAIN.md §1 and §4).
/// </summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset ToChina(this DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public static string ToChinaMinute(this DateTimeOffset utc) =>
        utc.ToChina().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string ToChinaMinute(this DateTimeOffset? utc) => utc is { } t ? t.ToChinaMinute() : string.Empty;
}
