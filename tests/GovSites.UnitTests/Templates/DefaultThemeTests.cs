using AngleSharp.Html.Parser;
using GovSites.Modules.Templates;

namespace GovSites.UnitTests.Templates;

public sealed class DefaultThemeTests
{
    private static readonly FluidSiteTheme Theme = new(DefaultTheme.Sources, "#a61b1b");

    public static TheoryData<TemplateName> Pages => [.. Enum.GetValues<TemplateName>().Where(n => n != TemplateName.Layout)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Render_EveryTemplate_CompleteDocumentWithIdentityMeta(TemplateName template)
    {
        var html = Theme.Render(template, SamplePages.For(template, SampleSites.Portal()));

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        foreach (var name in new[] { "SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnType", "ArticleTitle", "PubDate", "ContentSource", "Keywords", "Author", "Description", "Url" })
        {
            Assert.Single(document.QuerySelectorAll($"meta[name='{name}']"));
        }

        Assert.NotNull(document.QuerySelector("main#main"));
    }
}
