using System.Globalization;
using JinIp.Creation.Registrations;
using JinIp.Platform.Errors;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace JinIp.Web.Pages.Creation.Copyright;

/// <summary>What the copyright pages share: labels of the module's values and field errors beside their inputs.</summary>
internal static class CopyrightPages
{
    public static string WorkTypeName(WorkType? type) => type is { } t
        ? (UiCulture.IsCurrentChinese ? WorkTypes.NameZh(t) : WorkTypes.NameEn(t))
        : "";

    /// <summary>Puts the module's field errors (owners[0].documentNumber) beside the form's inputs (Input.Owners[0].DocumentNumber).</summary>
    public static void AddErrors(ModelStateDictionary modelState, IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(FormField(error.Field), error.Localized(CultureInfo.CurrentUICulture));
        }
    }

    public static string FormField(string field)
    {
        if (field.StartsWith("authors", StringComparison.Ordinal))
        {
            return "Input.Authors";
        }

        if (field is "samples" or "file")
        {
            return "Upload";
        }

        var parts = field.Split('.').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]);
        return "Input." + string.Join('.', parts);
    }
}
