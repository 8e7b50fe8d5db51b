using System.Text.RegularExpressions;

namespace GovSites.Modules.Publishing.Rendering;

/// <summary>
/// Bodies link their images and attachments to the admin download (<c>/admin/attachments/{id}</c>), which the
/// public cannot reach. Published pages link the copy in the release instead (<c>{site}files/{id}{.ext}</c>).
/// </summary>
public static partial class BodyLinks
{
    /// <summary>The attachment ids a body refers to, in order of first use.</summary>
    public static IReadOnlyList<int> Referenced(string body) =>
        [.. AdminLink().Matches(body).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct()];

    /// <summary>Rewrites each admin link whose id <paramref name="publicUrl"/> knows; others are left (and lead nowhere public).</summary>
    public static string Rewrite(string body, Func<int, string?> publicUrl) =>
        AdminLink().Replace(body, m => publicUrl(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) ?? m.Value);

    [GeneratedRegex(@"/admin/attachments/(\d{1,9})(?![\d/])")]
    private static partial Regex AdminLink();
}
