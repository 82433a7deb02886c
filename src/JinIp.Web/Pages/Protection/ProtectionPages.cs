using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using JinIp.Protection.Cases;
using JinIp.Protection.Intake;
using JinIp.Protection.Referrals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace JinIp.Web.Pages.Protection;

/// <summary>What the protection pages share: the module's names in the user's language, dates in Beijing time, field errors beside inputs.</summary>
internal static class ProtectionPages
{
    public static string Pick((string Zh, string En) name) => UiCulture.IsCurrentChinese ? name.Zh : name.En;

    public static string Name(RightType type) => Pick(ProtectionNames.Of(type));

    public static string Name(CaseType type) => Pick(ProtectionNames.Of(type));

    public static string Name(CaseSource source) => Pick(ProtectionNames.Of(source));

    public static string Name(CaseComplexity complexity) => Pick(ProtectionNames.Of(complexity));

    public static string Name(PartyRole role) => Pick(ProtectionNames.Of(role));

    public static string Name(ReferralStatus status) => Pick(ProtectionNames.Of(status));

    public static string Name(ComplaintStatus status) => Pick(ComplaintNames.Of(status));

    public static string State(string state) => Pick(ProtectionNames.State(state));

    public static string Action(string action) => Pick(ProtectionNames.Action(action));

    public static string District(string? code) => TianjinDistricts.NameOf(code) ?? "";

    public static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), WorkflowEngine.ChinaTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Yuan(decimal? amount) => amount is { } a ? a.ToString("N2", CultureInfo.InvariantCulture) : "—";

    /// <summary>Puts the module's field errors beside the inputs named <c>{prefix}.{Field}</c>; file errors beside the upload.</summary>
    public static void AddErrors(ModelStateDictionary modelState, ValidationException ex, string prefix, string fileField = "Files")
    {
        foreach (var error in ex.Errors)
        {
            var key = error.Field switch
            {
                "file" => fileField,
                "version" or "action" => string.Empty,
                _ => prefix.Length == 0 ? error.Field : $"{prefix}.{char.ToUpperInvariant(error.Field[0])}{error.Field[1..]}",
            };
            modelState.AddModelError(key, error.Localized(CultureInfo.CurrentUICulture));
        }
    }
}
