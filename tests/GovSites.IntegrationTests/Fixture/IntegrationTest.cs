using System.Net;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Fixture;

/// <summary>Base of every integration test: a freshly reset demo county and helpers to act as its staff.</summary>
[Collection(AppGroup.Name)]
public abstract class IntegrationTest(GovSitesFactory factory) : IAsyncLifetime
{
    protected GovSitesFactory Factory { get; } = factory;

    public virtual async ValueTask InitializeAsync()
    {
        Factory.Clock.Reset();
        await Factory.Database.ResetAsync();
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>A client not signed in.</summary>
    protected StaffClient Anonymous()
    {
        var jar = new CookieContainer();
        var http = Factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar));
        return new StaffClient(http, jar);
    }

    /// <summary>A client signed in as a demo account (admin, security, auditor, evaluator, portal.editor, lbz.officer, …).</summary>
    protected async Task<StaffClient> SignInAsync(string userName, string? password = null)
    {
        var client = Anonymous();
        await client.SignInAsync(userName, password ?? Factory.Passwords[userName]);
        return client;
    }

    /// <summary>Runs <paramref name="action"/> with a fresh DbContext, for arranging and checking data.</summary>
    protected async Task<T> WithDbAsync<T>(Func<GovSitesDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<GovSitesDbContext>());
    }

    protected async Task WithDbAsync(Func<GovSitesDbContext, Task> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<GovSitesDbContext>());
    }
}
