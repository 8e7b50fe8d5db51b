using AngleSharp.Dom;
using Ganss.Xss;

namespace GovSites.Modules.Content.Html;

/// <summary>
/// Cleans an article body server-side with an allow-list (HtmlSanitizer): no script, no event handlers,
/// no <c>javascript:</c> or <c>data:</c> URLs except inline images, no forms, no iframes except videos
/// from hosts the platform admin allows. Whatever the editor sends, only this reaches the database.
/// </summary>
public sealed class BodySanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup",
        "span", "div", "blockquote", "pre", "code", "ul", "ol", "li", "a", "img", "figure", "figcaption",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "video", "source", "iframe",
    ];

    private static readonly string[] Attributes =
    [
        "href", "title", "alt", "src", "width", "height", "colspan", "rowspan", "scope", "style", "target", "rel",
        "controls", "poster", "type", "allowfullscreen", "frameborder", "data-w-e-type",
    ];

    private static readonly string[] Styles =
    [
        "text-align", "text-indent", "font-weight", "font-style", "text-decoration", "color", "background-color",
        "width", "height", "border", "border-collapse", "vertical-align", "line-height", "margin-left", "padding-left",
    ];

    public sealed record Result(string Html, string PlainText);

    /// <summary>Sanitises <paramref name="html"/>; iframes survive only when their https host is in <paramref name="videoHosts"/>.</summary>
    public Result Sanitize(string? html, IReadOnlyCollection<string> videoHosts)
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(Styles, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "poster"], StringComparer.OrdinalIgnoreCase),
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { TagName: "IFRAME" } frame && !IsAllowedVideo(frame.GetAttribute("src"), videoHosts))
            {
                frame.Remove();
            }

            if (e.Node is IElement { TagName: "A" } link && link.GetAttribute("target") == "_blank")
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };

        var clean = sanitizer.Sanitize(html ?? string.Empty).Trim();
        var text = PlainTextOf(clean);
        return new Result(clean, text);
    }

    private static string PlainTextOf(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html + "</body>");
        return document.Body?.TextContent.Trim() ?? string.Empty;
    }

    /// <remarks>The allow-list keeps hosts in ASCII (punycode, see <see cref="VideoHostName"/>), so the iframe's host is compared in that form too.</remarks>
    private static bool IsAllowedVideo(string? src, IReadOnlyCollection<string> videoHosts) =>
        Uri.TryCreate(src, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && videoHosts.Any(h => string.Equals(uri.IdnHost, h, StringComparison.OrdinalIgnoreCase));
}
