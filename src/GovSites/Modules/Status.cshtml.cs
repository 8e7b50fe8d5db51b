using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovSites.Modules;

/// <summary>Shown for error status codes of pages (the JSON API answers with problem details instead).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    public void OnGet(int code)
    {
        (Title, Text) = code switch
        {
            404 => ("页面不存在", "您要找的页面不存在，或您没有查看它的权限。"),
            403 => ("无权访问", "您的账号没有访问该页面的权限。"),
            400 => ("请求有误", "请求的内容不正确，请返回上一页检查后重试。"),
            _ => ("出错了", "请求没有完成，请稍后重试。"),
        };
    }

    /// <summary>Status pages re-execute with the original method, so a refused form post (403) lands here as a POST.</summary>
    public void OnPost(int code) => OnGet(code);
}
