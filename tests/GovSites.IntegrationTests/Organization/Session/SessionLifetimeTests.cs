using System.Net;
using GovSites.IntegrationTests.Fixture;

namespace GovSites.IntegrationTests.Organization.Session;

/// <summary>DOMAIN.md §7: sessions end after 30 minutes idle and 12 hours in all.</summary>
public sealed class SessionLifetimeTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Session_Idle31Minutes_Ends()
    {
        using var client = await SignInAsync("auditor");

        Factory.Clock.Advance(TimeSpan.FromMinutes(31));

        var response = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Session_ActiveEvery20Minutes_LastsUntil12HoursThenEnds()
    {
        using var client = await SignInAsync("auditor");
        var elapsed = TimeSpan.Zero;
        while (elapsed < TimeSpan.FromHours(11.5))
        {
            Factory.Clock.Advance(TimeSpan.FromMinutes(20));
            elapsed += TimeSpan.FromMinutes(20);
            var ok = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));
            Assert.True(ok.StatusCode == HttpStatusCode.OK, $"session ended early, after {elapsed}");
        }

        Factory.Clock.Advance(TimeSpan.FromMinutes(40) - TimeSpan.FromMinutes(20));
        Factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var response = await client.Http.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
