using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace JinIp.Web.Hosting;

/// <summary>Form binding errors ("the value is not valid") in the user's language, shown beside the field.</summary>
internal static class LocalizedBindingMessages
{
    private static bool Zh => JinIp.Platform.Errors.UiCulture.IsCurrentChinese;

    public static void Apply(DefaultModelBindingMessageProvider provider)
    {
        provider.SetValueIsInvalidAccessor(v => Zh ? $"“{v}”不是有效的值。" : $"The value '{v}' is not valid.");
        provider.SetAttemptedValueIsInvalidAccessor((v, f) => Zh ? $"“{v}”不是{f}的有效值。" : $"The value '{v}' is not valid for {f}.");
        provider.SetMissingBindRequiredValueAccessor(f => Zh ? $"请填写{f}。" : $"{f} is required.");
        provider.SetValueMustNotBeNullAccessor(v => Zh ? "此项必填。" : "This field is required.");
        provider.SetMissingKeyOrValueAccessor(() => Zh ? "此项必填。" : "A value is required.");
        provider.SetMissingRequestBodyRequiredValueAccessor(() => Zh ? "请求内容不能为空。" : "A request body is required.");
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(v => Zh ? $"“{v}”不是有效的值。" : $"The value '{v}' is not valid.");
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => Zh ? "提供的值无效。" : "The supplied value is invalid.");
        provider.SetUnknownValueIsInvalidAccessor(f => Zh ? $"{f}的值无效。" : $"The supplied value is invalid for {f}.");
        provider.SetValueMustBeANumberAccessor(f => Zh ? $"{f}必须是数字。" : $"{f} must be a number.");
        provider.SetNonPropertyValueMustBeANumberAccessor(() => Zh ? "必须是数字。" : "The field must be a number.");
    }
}
