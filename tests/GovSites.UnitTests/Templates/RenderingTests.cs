using AngleSharp.Html.Parser;
using GovSites.Modules.Templates;

namespace GovSites.UnitTests.Templates;

public sealed class RenderingTests
{
    private static readonly FluidSiteTheme Theme = new(DefaultTheme.Sources, "#a61b1b");

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void Render_ScriptInTitleAndMeta_Escaped()
    {
        var model = SamplePages.Article(SampleSites.Portal("<script>alert(1)</script>"));
        model = model with { Article = model.Article with { Title = "<img src=x onerror=alert(1)>" }, Meta = model.Meta with { Keywords = "\"><script>" } };

        var html = Theme.Render(TemplateName.Article, model);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        var document = Parse(html);
        Assert.Equal("\"><script>", document.QuerySelector("meta[name=Keywords]")!.GetAttribute("content"));
        Assert.Equal("<img src=x onerror=alert(1)>", document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Render_Article_MetaDatesAsGivenAndBodyRaw()
    {
        var model = SamplePages.Article(SampleSites.Portal());

        var document = Parse(Theme.Render(TemplateName.Article, model));

        Assert.Equal("2026-11-27 09:30", document.QuerySelector("meta[name=PubDate]")!.GetAttribute("content"));
        Assert.Equal(model.Meta.ArticleTitle, document.QuerySelector("meta[name=ArticleTitle]")!.GetAttribute("content"));
        Assert.Equal("2026-11-27 09:30", document.QuerySelector(".article-info time")!.TextContent);
        Assert.NotNull(document.QuerySelector("[data-search-body] strong"));
    }

    [Fact]
    public void Render_ListPage_MarksCurrentNavAndPager()
    {
        var document = Parse(Theme.Render(TemplateName.List, SamplePages.List(SampleSites.Unit())));

        var current = Assert.Single(document.QuerySelectorAll(".main-nav a[aria-current]"));
        Assert.Equal("/sites/lbz/tzgg/", current.GetAttribute("href"));
        Assert.Equal("1", document.QuerySelector(".pager a[aria-current=page]")!.TextContent);
        Assert.Equal("/sites/portal/", document.QuerySelector(".topbar a")!.GetAttribute("href"));
    }

    [Fact]
    public void Render_PortalHome_UnitSitesGroupedByKind()
    {
        var document = Parse(Theme.Render(TemplateName.Home, SamplePages.Home(SampleSites.Portal())));

        Assert.Equal(["乡镇", "县直部门"], document.QuerySelectorAll(".unit-sites h3").Select(h => h.TextContent));
        Assert.Equal(3, document.QuerySelectorAll(".unit-sites li a").Length);
        Assert.Equal("/sites/portal/", document.QuerySelector(".main-nav a[aria-current=page]")!.GetAttribute("href"));
    }

    [Fact]
    public void Render_Search_PrintsTheResultsMarker() =>
        Assert.Contains("<!--search:results-->", Theme.Render(TemplateName.Search, SamplePages.Search(SampleSites.Unit())), StringComparison.Ordinal);

    [Fact]
    public void Render_Twice_ByteIdentical() =>
        Assert.Equal(Theme.Render(TemplateName.Home, SamplePages.Home(SampleSites.Portal())), new FluidSiteTheme(DefaultTheme.Sources, "#a61b1b").Render(TemplateName.Home, SamplePages.Home(SampleSites.Portal())));

    [Fact]
    public void Fingerprint_ChangesWithColourAndTemplate()
    {
        var other = DefaultTheme.Sources.ToDictionary();
        other[TemplateName.NotFound] += " ";

        Assert.NotEqual(Theme.Fingerprint, new FluidSiteTheme(DefaultTheme.Sources, "#1f5fa8").Fingerprint);
        Assert.NotEqual(Theme.Fingerprint, new FluidSiteTheme(other, "#a61b1b").Fingerprint);
    }
}
