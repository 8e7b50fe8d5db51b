using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Fluid;
using Fluid.Values;

namespace GovSites.Modules.Templates;

/// <summary>
/// One site's parsed theme. Parsed once (construction) and then only read, so one instance renders many
/// pages in parallel; each render gets its own <see cref="TemplateContext"/>.
/// </summary>
public sealed class FluidSiteTheme : SiteTheme
{
    private readonly FrozenDictionary<TemplateName, IFluidTemplate> templates;

    /// <summary>Parses every template; throws <see cref="TemplateRenderException"/> naming the first that fails.</summary>
    public FluidSiteTheme(IReadOnlyDictionary<TemplateName, string> sources, string mainColor)
    {
        MainColor = ThemeColor.Normalize(mainColor);
        templates = Enum.GetValues<TemplateName>()
            .ToFrozenDictionary(n => n, n => ThemeEngine.Parse(DefaultTheme.FileName(n), sources[n]));
        Fingerprint = ComputeFingerprint(sources, MainColor);
        Assets = [.. DefaultTheme.Assets.Select(a => new ThemeAsset(a.Path, a.Content)), ThemeStylesheet.Create(MainColor)];
    }

    public override string Fingerprint { get; }

    public override string MainColor { get; }

    public override IReadOnlyList<ThemeAsset> Assets { get; }

    public override string Render(TemplateName template, PageModel model)
    {
        var content = RenderOne(template, model, null);
        return template == TemplateName.Layout ? content : RenderOne(TemplateName.Layout, model, content);
    }

    private string RenderOne(TemplateName name, PageModel model, string? content)
    {
        var context = new TemplateContext(model, ThemeEngine.Options);
        context.SetValue("content", new StringValue(content ?? "", encode: false));
        try
        {
            return templates[name].Render(context, ThemeEngine.Encoder);
        }
        catch (InvalidOperationException e)
        {
            throw new TemplateRenderException(DefaultTheme.FileName(name), RenderErrors.Describe(e.Message));
        }
    }

    /// <summary>SHA-256 over the templates in enum order and the colour: the same theme gives the same value everywhere.</summary>
    public static string ComputeFingerprint(IReadOnlyDictionary<TemplateName, string> sources, string mainColor)
    {
        var text = new StringBuilder();
        foreach (var name in Enum.GetValues<TemplateName>())
        {
            var source = sources[name];
            text.Append(name).Append('\n').Append(source.Length).Append('\n').Append(source).Append('\n');
        }

        text.Append(mainColor);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
