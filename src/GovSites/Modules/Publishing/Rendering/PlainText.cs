using System.Net;
using System.Text.RegularExpressions;

namespace GovSites.Modules.Publishing.Rendering;

/// <summary>The first words of a body, for list summaries and the Description meta tag when the article has no summary.</summary>
public static partial class PlainText
{
    public static string Excerpt(string html, int length)
    {
        var text = WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(html, " "), " ")).Trim();
        return text.Length <= length ? text : text[..length] + "…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
