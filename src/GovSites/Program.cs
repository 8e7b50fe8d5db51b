using GovSites.Demo;
using GovSites.Modules.Audit;
using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using GovSites.Modules.Publishing;
using GovSites.Modules.Review;
using GovSites.Modules.Sites;
using GovSites.Modules.Submissions;
using GovSites.Modules.Templates;
using GovSites.Platform.Cli;
using GovSites.Platform.Data;
using GovSites.Platform.Web;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddWeb(builder.Configuration);
builder.Services.AddData(builder.Configuration);
builder.Services.AddOrganization(builder.Configuration);
builder.Services.AddSites();
builder.Services.AddContent();
builder.Services.AddReview();
builder.Services.AddSubmissions();
builder.Services.AddTemplates();
builder.Services.AddAudit();
builder.Services.AddDemo();
builder.Services.AddReleaseServing(builder.Configuration);

var app = builder.Build();

if (Verbs.IsVerb(args))
{
    return await Verbs.RunAsync(app.Services, args);
}

await app.PrepareDatabaseAsync();

app.UseReleaseServing();
app.UseWeb();
app.MapOrganizationApi();
app.MapSitesApi();

await app.RunAsync();
return 0;

/// <summary>Entry point, public so the integration tests can host it.</summary>
public partial class Program;
