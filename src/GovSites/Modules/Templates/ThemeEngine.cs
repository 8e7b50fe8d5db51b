using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;

namespace GovSites.Modules.Templates;

/// <summary>
/// The one Fluid parser and the one set of template options: only the view models of PageModels.cs are
/// readable, an undefined variable, member or filter is an error, and every render has step and recursion
/// limits (STYLE.md rule 11). Shared by every site theme; thread-safe after construction.
/// </summary>
public static partial class ThemeEngine
{
    /// <summary>Statements one page may execute; a default page uses a few thousand.</summary>
    public const int MaxSteps = 200_000;

    public const int MaxRecursion = 20;

    public static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    /// <summary>Encodes &lt;, &gt;, &amp;, quotes; leaves Chinese text readable (and pages smaller).</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static readonly Type[] ModelTypes =
    [
        typeof(PageModel), typeof(HomePageModel), typeof(ListPageModel), typeof(ArticlePageModel),
        typeof(SinglePageModel), typeof(SearchPageModel), typeof(SiteModel), typeof(ChannelLink),
        typeof(ArticleLink), typeof(AttachmentLink), typeof(BreadcrumbItem), typeof(PageMeta),
        typeof(HomeSection), typeof(UnitSiteGroup), typeof(UnitSiteLink), typeof(PagerLink), typeof(SearchHit),
    ];

    public static readonly TemplateOptions Options = CreateOptions();

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions
        {
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
            StrictVariables = true,
            StrictFilters = true,
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            // Times arrive formatted (DOMAIN.md §1); a template asking for "now" gets a fixed instant so
            // output stays byte-identical.
            Now = static () => DateTimeOffset.UnixEpoch,
            TimeZone = TimeZoneInfo.Utc,
        };
        foreach (var type in ModelTypes)
        {
            options.MemberAccessStrategy.Register(type);
        }

        // Records expose EqualityContract only as protected; nothing else is reachable.
        return options;
    }

    /// <summary>Parses a template; on failure the reason is in Chinese with the line.</summary>
    public static IFluidTemplate Parse(string name, string source)
    {
        if (Parser.TryParse(source, out var template, out var error))
        {
            return template;
        }

        throw new TemplateRenderException(name, DescribeParseError(error));
    }

    public static string DescribeParseError(string error)
    {
        var position = PositionPattern().Match(error);
        var where = position.Success ? $"第 {position.Groups[1].Value} 行第 {position.Groups[2].Value} 列" : "位置未知";
        return $"{where}，语法错误：{error}";
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}
