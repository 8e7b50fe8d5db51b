namespace GovSites.Modules.Publishing.Serving;

/// <summary>The 404 pages GovSites sends itself, when a release has no 404.html or a site has no release yet.</summary>
internal static class NotFoundPages
{
    public static CachedResponse NoRelease { get; } = ResponseBuilder.Html(
        Page("网站尚未发布", "该网站尚未发布任何内容，或网址有误。请稍后再访问。"), StatusCodes.Status404NotFound);

    public static CachedResponse Missing { get; } = ResponseBuilder.Html(
        Page("页面不存在", "您访问的页面不存在或已被删除，请检查网址是否正确。"), StatusCodes.Status404NotFound);

    private static string Page(string title, string text) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title>
        </head>
        <body>
        <main>
        <h1>{{title}}</h1>
        <p>{{text}}</p>
        <p><a href="/">返回首页</a></p>
        </main>
        </body>
        </html>

        """;
}
