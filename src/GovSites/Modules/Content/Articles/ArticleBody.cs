using GovSites.Modules.Content.Html;

namespace GovSites.Modules.Content.Articles;

/// <summary>The body as it is saved: sanitised, and refused when nothing but markup is left.</summary>
public sealed class ArticleBody(BodySanitizer sanitizer, IVideoHostList videoHosts)
{
    public const string EmptyMessage = "正文不能为空。";

    /// <summary>Pictures and videos are content even without text.</summary>
    private static readonly string[] MediaTags = ["<img", "<video", "<iframe"];

    public sealed record Cleaned(string Html, bool IsEmpty);

    public async Task<Cleaned> CleanAsync(string? html)
    {
        var result = sanitizer.Sanitize(html, await videoHosts.GetAsync());
        return new Cleaned(result.Html, IsEmpty(result));
    }

    /// <summary>Blank when the text is only white space (including &amp;nbsp; and the zero-width spaces Word leaves) and there is no media.</summary>
    public static bool IsEmpty(BodySanitizer.Result result) =>
        string.IsNullOrWhiteSpace(result.PlainText.Replace("\u200B", string.Empty, StringComparison.Ordinal).Replace("\uFEFF", string.Empty, StringComparison.Ordinal))
        && !MediaTags.Any(t => result.Html.Contains(t, StringComparison.OrdinalIgnoreCase));
}
