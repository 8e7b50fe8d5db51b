using GovSites.Modules.Organization.Passwords;
using GovSites.Modules.Organization.Session;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace GovSites.Modules.Organization;

public static class OrganizationModule
{
    public static IServiceCollection AddOrganization(this IServiceCollection services, IConfiguration configuration)
    {
        var policySection = configuration.GetSection("GovSites:Security:Passwords");
        services.Configure<PasswordPolicy>(policySection);
        var policy = policySection.Get<PasswordPolicy>() ?? new PasswordPolicy();

        services.Configure<PasswordHasherOptions>(o =>
        {
            o.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            o.IterationCount = policy.HashIterations;
        });

        services.AddIdentity<Account, IdentityRole<int>>(o =>
            {
                // Length and classes are checked by PasswordRulesValidator with Chinese messages.
                o.Password.RequiredLength = 1;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = policy.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(policy.LockoutMinutes);
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
            })
            .AddEntityFrameworkStores<GovSitesDbContext>()
            .AddSignInManager<GovSitesSignInManager>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddPasswordValidator<PasswordRulesValidator>()
            .AddPasswordValidator<PasswordHistoryValidator>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "govsites.admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/admin/signin";
            o.LogoutPath = "/admin/signout";
            // DOMAIN.md §7: sessions end after 30 minutes idle; SessionLifetime caps them at 12 hours in all.
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            o.Events = new SessionEvents();
        });
        // The stamp is checked on every request, so disabling an account or removing a role ends its sessions at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddScoped<CurrentStaff>();
        services.AddScoped<UnitAccess>();
        services.AddScoped<PasswordChanger>();
        services.AddScoped<PasswordExpiryFilter>();
        services.Configure<MvcOptions>(o => o.Filters.AddService<PasswordExpiryFilter>());
        services.AddSingleton<Platform.Cli.ICommandLineVerb, CreateAdminVerb>();
        services.AddScoped<Units.UnitReferences>();
        return services;
    }
}
