using System.Text.Json;
using GovSites.Modules.Sites.Channels;
using GovSites.Modules.Sites.Rules;
using Microsoft.EntityFrameworkCore;
using static GovSites.Modules.Sites.SitesApiModels;

namespace GovSites.Modules.Sites;

/// <summary>
/// <c>/api/v1/sites</c>: the sites and channel trees the caller may see, and for the platform admin the
/// same creating and editing as the pages, through the same use cases and rules. A site the caller may
/// not see is 404; one they may see but not change is 403.
/// </summary>
public static class SitesApi
{
    public static WebApplication MapSitesApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/sites").RequireAuthorization().WithTags("Sites");
        api.MapGet("/", ListAsync).WithSummary("可查看的站点一览");
        api.MapGet("/{id:int}", GetAsync).WithSummary("站点详情（含备案信息和版本号）")
            .Produces<SiteDetail>().Produces(StatusCodes.Status404NotFound);
        api.MapGet("/{id:int}/channels", ChannelsAsync).WithSummary("站点的栏目").Produces<List<ChannelItem>>().Produces(StatusCodes.Status404NotFound);

        var changes = api.MapGroup(string.Empty).AddEndpointFilter<ApiAntiforgery>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        changes.MapPost("/", CreateAsync)
            .WithSummary("开办站点（平台管理员）").WithDescription("请求头 RequestVerificationToken 须带防伪令牌。")
            .Produces<SiteDetail>(StatusCodes.Status201Created);
        changes.MapPut("/{id:int}", EditAsync)
            .WithSummary("修改站点信息（平台管理员）").WithDescription("须带读取时的 version；他人已修改时返回 409。请求头 RequestVerificationToken 须带防伪令牌。")
            .Produces<SiteDetail>().Produces(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        changes.MapPost("/{id:int}/channels", CreateChannelAsync)
            .WithSummary("新增栏目（平台管理员）").WithDescription("请求头 RequestVerificationToken 须带防伪令牌。")
            .Produces<ChannelItem>(StatusCodes.Status201Created).Produces(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<List<SiteListItem>> ListAsync(SiteAccess access) =>
        await access.VisibleSites().OrderBy(s => s.Kind).ThenBy(s => s.Id)
            .Select(s => new SiteListItem(s.Id, s.Key, s.Name, s.Kind.ToString(), s.Status.ToString(), s.SiteCode, s.UnitId, s.Domains.Select(d => d.Host).ToArray()))
            .ToListAsync();

    private static async Task<IResult> GetAsync(int id, SiteAccess access) =>
        await FindAsync(access, id) is { } site ? TypedResults.Ok(site) : TypedResults.NotFound();

    private static async Task<IResult> ChannelsAsync(int id, SiteAccess access)
    {
        if (!await access.VisibleSites().AnyAsync(s => s.Id == id))
        {
            return TypedResults.NotFound();
        }

        var channels = await access.VisibleChannels().Where(c => c.SiteId == id).OrderBy(c => c.SortOrder)
            .Select(c => new ChannelItem(c.Id, c.ParentId, c.Key, c.Name, c.Type.ToString(), c.Category.ToString(), c.UpdateMinItems, c.UpdatePeriodDays, c.SortOrder))
            .ToListAsync();
        return TypedResults.Ok(channels);
    }

    private static async Task<IResult> CreateAsync(SiteRequest request, SaveSite save, SiteAccess access) =>
        await AnswerAsync(await save.CreateAsync(request.ToInput()), async id => TypedResults.Created($"/api/v1/sites/{id}", await FindAsync(access, id)));

    private static async Task<IResult> EditAsync(int id, SiteRequest request, SaveSite save, SiteAccess access)
    {
        if (request.Version is not { } version)
        {
            // Without the version read, the change could silently overwrite someone else's; refused like any other input.
            if (!await access.VisibleSites().AnyAsync(s => s.Id == id))
            {
                return TypedResults.NotFound();
            }

            if (!access.CanManage)
            {
                return await AnswerAsync(SaveOutcome.Forbidden, Saved);
            }

            var errors = new RuleErrors();
            errors.Add(nameof(request.Version), "请提供读取站点时得到的 version（版本号），以免覆盖他人的修改。");
            return await AnswerAsync(SaveOutcome.Invalid(errors), Saved);
        }

        return await AnswerAsync(await save.EditAsync(id, version, request.ToInput()), Saved);

        async Task<IResult> Saved(int saved) => TypedResults.Ok(await FindAsync(access, saved));
    }

    private static async Task<IResult> CreateChannelAsync(int id, ChannelRequest request, SaveChannel save, SiteAccess access) =>
        await AnswerAsync(await save.CreateAsync(id, request.ToInput()), async channelId => TypedResults.Created(
            $"/api/v1/sites/{id}/channels",
            await access.VisibleChannels().Where(c => c.Id == channelId)
                .Select(c => new ChannelItem(c.Id, c.ParentId, c.Key, c.Name, c.Type.ToString(), c.Category.ToString(), c.UpdateMinItems, c.UpdatePeriodDays, c.SortOrder))
                .SingleAsync()));

    private static Task<SiteDetail?> FindAsync(SiteAccess access, int id) =>
        access.VisibleSites().Where(s => s.Id == id)
            .Select(s => new SiteDetail(
                s.Id, s.Key, s.Name, s.Kind.ToString(), s.Status.ToString(), s.SiteCode, s.UnitId,
                s.Domains.OrderBy(d => d.Id).Select(d => d.Host).ToArray(), s.IcpNumber, s.PoliceFilingNumber, s.Sponsor, s.Operator,
                s.ContactPhone, s.ContactEmail, s.ContactAddress, s.Version))
            .SingleOrDefaultAsync();

    /// <summary>The API's side of <see cref="SaveOutcome"/>; error keys are camelCase like the JSON fields they name.</summary>
    private static async Task<IResult> AnswerAsync(SaveOutcome outcome, Func<int, Task<IResult>> saved) => outcome.Status switch
    {
        SaveStatus.Saved => await saved(outcome.Id),
        SaveStatus.NotFound => TypedResults.NotFound(),
        SaveStatus.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权操作", detail: "只有平台管理员可以开办、修改站点和栏目。"),
        SaveStatus.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "修改冲突", detail: SaveOutcome.ConflictMessage),
        _ => TypedResults.ValidationProblem(
            outcome.Errors!.ToDictionary().ToDictionary(p => p.Key.Length == 0 ? p.Key : JsonNamingPolicy.CamelCase.ConvertName(p.Key), p => p.Value),
            title: "提交的内容有误"),
    };
}
