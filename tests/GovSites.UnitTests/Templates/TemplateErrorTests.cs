using GovSites.Modules.Templates;

namespace GovSites.UnitTests.Templates;

public sealed class TemplateErrorTests
{
    private static FluidSiteTheme With(TemplateName name, string source)
    {
        var sources = DefaultTheme.Sources.ToDictionary();
        sources[name] = source;
        return new FluidSiteTheme(sources, DefaultTheme.MainColor);
    }

    [Fact]
    public void Parse_UnclosedTag_RefusedWithLine()
    {
        var error = Assert.Throws<TemplateRenderException>(() => With(TemplateName.Home, "<p>a</p>\n<p>b</p>\n{% for x in Sections %}\n{{ x.Channel.Name }}\n"));

        Assert.Equal("home.liquid", error.Template);
        Assert.Contains("第 ", error.Reason, StringComparison.Ordinal);
        Console.WriteLine(error.Reason);
    }

    [Fact]
    public void Parse_BadOutput_RefusedWithLine()
    {
        var error = Assert.Throws<TemplateRenderException>(() => With(TemplateName.Home, "<p>a</p>\n\n{{ Site.Name | }}"));
        Console.WriteLine(error.Reason);
        Assert.Contains("第 3 行", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ Site.Nope }}")]
    [InlineData("{{ Nope }}")]
    [InlineData("{{ Site.Navigation[0].Nope }}")]
    [InlineData("{% for s in Sections %}{{ s.Channel.Secret }}{% endfor %}")]
    [InlineData("{{ Site.Name | nofilter }}")]
    public void Render_UnknownMember_Refused(string source)
    {
        var theme = With(TemplateName.Home, source);

        var error = Assert.Throws<TemplateRenderException>(() => theme.Render(TemplateName.Home, SamplePages.Home(SampleSites.Portal())));
        Console.WriteLine(error.Reason);
        Assert.Equal("home.liquid", error.Template);
    }

    [Fact]
    public void Render_EndlessLoop_StopsAtStepLimit()
    {
        var theme = With(TemplateName.Home, "{% for a in (1..1000000) %}x{% endfor %}");

        var error = Assert.Throws<TemplateRenderException>(() => theme.Render(TemplateName.Home, SamplePages.Home(SampleSites.Portal())));
        Console.WriteLine(error.Reason);
        Assert.Contains("执行超出限制", error.Reason, StringComparison.Ordinal);
    }
}
