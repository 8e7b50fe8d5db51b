using GovSites.IntegrationTests.Publishing;
using GovSites.Modules.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Fixture;

/// <summary>
/// The application's <see cref="IThemeRenderer"/>, wrapped so a test can make one template fail as a broken
/// template would (<see cref="ThemeFailures"/>); otherwise every call goes to the real theme.
/// </summary>
public sealed class FailingThemeRenderer(IThemeRenderer inner, ThemeFailures failures) : IThemeRenderer
{
    public async Task<SiteTheme> LoadAsync(int siteId, CancellationToken cancellationToken) =>
        new Theme(await inner.LoadAsync(siteId, cancellationToken), failures);

    /// <summary>Replaces the registered renderer by this wrapper around it.</summary>
    public static void Register(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IThemeRenderer));
        services.Remove(registered);
        services.AddSingleton<ThemeFailures>();
        services.AddSingleton<IThemeRenderer>(sp => new FailingThemeRenderer(
            registered.ImplementationType is { } type ? (IThemeRenderer)ActivatorUtilities.CreateInstance(sp, type) : (IThemeRenderer)registered.ImplementationFactory!(sp),
            sp.GetRequiredService<ThemeFailures>()));
    }

    private sealed class Theme(SiteTheme inner, ThemeFailures failures) : SiteTheme
    {
        public override string Fingerprint => inner.Fingerprint;

        public override string MainColor => inner.MainColor;

        public override IReadOnlyList<ThemeAsset> Assets => inner.Assets;

        public override string Render(TemplateName template, PageModel model) =>
            failures.Failing == template ? throw new TemplateRenderException(template.ToString().ToLowerInvariant() + ".liquid", "第 3 行：找不到过滤器 no_such_filter") : inner.Render(template, model);
    }
}
