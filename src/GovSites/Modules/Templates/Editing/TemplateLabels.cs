namespace GovSites.Modules.Templates.Editing;

public static class TemplateLabels
{
    public static string Purpose(TemplateName name) => name switch
    {
        TemplateName.Layout => "页面框架（页头、导航、页脚、标识元数据）",
        TemplateName.Home => "首页",
        TemplateName.List => "栏目列表页",
        TemplateName.Article => "文章页",
        TemplateName.SinglePage => "单页栏目",
        TemplateName.Search => "搜索结果页外框",
        _ => "页面不存在（404）",
    };

    public static TemplateName? Parse(string fileStem) =>
        Enum.GetValues<TemplateName>().Cast<TemplateName?>().FirstOrDefault(n => n!.Value.ToString().Equals(fileStem, StringComparison.OrdinalIgnoreCase));
}
