using GovSites.Platform.Cli;

namespace GovSites.Modules.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditVerifier>();
        services.AddSingleton<ICommandLineVerb, VerifyAuditVerb>();
        return services;
    }
}
