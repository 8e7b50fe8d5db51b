using Microsoft.AspNetCore.Mvc;

namespace GovSites.Platform.Web;

/// <summary>ASP.NET Core's model-binding messages (a number field with letters, a missing value) in Chinese.</summary>
internal static class ChineseBindingMessages
{
    public static void Apply(MvcOptions options)
    {
        var m = options.ModelBindingMessageProvider;
        m.SetValueMustNotBeNullAccessor(_ => "请填写此项。");
        m.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是有效的{field}。");
        m.SetMissingBindRequiredValueAccessor(field => $"请填写{field}。");
        m.SetMissingKeyOrValueAccessor(() => "缺少必填的值。");
        m.SetUnknownValueIsInvalidAccessor(field => $"{field}的值无效。");
        m.SetValueIsInvalidAccessor(value => $"“{value}”无效。");
        m.SetValueMustBeANumberAccessor(field => $"{field}必须是数字。");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”无效。");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无效。");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "此项必须是数字。");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空。");
    }
}
