using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Protection.Cases;
using JinIp.Protection.Insight;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace JinIp.Web.Pages.Protection;

/// <summary>What the protection insight pages share: value labels, dates in Beijing time and errors beside fields.</summary>
internal static class InsightPages
{
    public static bool Zh => UiCulture.IsCurrentChinese;

    public static string Right(RightType t) => InsightNames.OfRightType(t, Zh);

    public static string Case(CaseType t) => InsightNames.OfCaseType(t, Zh);

    public static string District(string? code) => TianjinDistricts.NameOf(code) ?? code ?? "";

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A date as the value of an input of type date.</summary>
    public static string DateValue(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Time(DateTime? utc) => utc is { } u
        ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(u, DateTimeKind.Utc), JinIp.Platform.Workflow.WorkflowEngine.ChinaTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
        : "—";

    public static string Hours(double? hours) => hours?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—";

    public static string Money(decimal value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);

    public static void AddErrors(ModelStateDictionary state, UserFacingException ex, string prefix)
    {
        if (ex is ValidationException v)
        {
            foreach (var e in v.Errors)
            {
                state.AddModelError(prefix + char.ToUpperInvariant(e.Field[0]) + e.Field[1..], e.Localized(CultureInfo.CurrentUICulture));
            }
        }
        else
        {
            state.AddModelError(string.Empty, ex.LocalizedMessage(CultureInfo.CurrentUICulture));
        }
    }
}
