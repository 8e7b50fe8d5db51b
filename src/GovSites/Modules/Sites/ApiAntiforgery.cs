using Microsoft.AspNetCore.Antiforgery;

namespace GovSites.Modules.Sites;

/// <summary>
/// The staff API is authenticated by the same sign-in cookie as the admin pages, so a request that
/// changes data (POST, PUT, DELETE) must prove it comes from our own pages, not from a forged form or
/// script on another site: it carries the anti-forgery token in the <c>RequestVerificationToken</c>
/// header, validated here by <see cref="IAntiforgery"/> against the anti-forgery cookie. A script in the
/// admin takes the token from any admin page (the sign-out form in the header carries one). The
/// SameSite=Strict cookie is a second line, not the only one: older browsers and same-site subdomains
/// (unit sites live on sub-domains of the portal) would get past it.
/// This filter belongs in Platform/Web once a second module's API changes data.
/// </summary>
internal sealed class ApiAntiforgery(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context.HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "缺少防伪令牌",
                detail: "修改数据的请求须在 RequestVerificationToken 请求头中带上管理页面中的防伪令牌。");
        }

        return await next(context);
    }
}
