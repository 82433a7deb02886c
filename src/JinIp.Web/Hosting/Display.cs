using System.Globalization;

namespace JinIp.Web.Hosting;

/// <summary>How dates and numbers are shown: stored in UTC, shown in China Standard Time in the user's culture.</summary>
internal static class Display
{
    private static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string DateTime(System.DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), ChinaTime);
        return CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "zh"
            ? local.ToString("yyyy年M月d日 HH:mm", CultureInfo.CurrentCulture)
            : local.ToString("yyyy-MM-dd HH:mm", CultureInfo.CurrentCulture);
    }

    public static string Date(DateOnly date) => CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "zh"
        ? date.ToString("yyyy年M月d日", CultureInfo.CurrentCulture)
        : date.ToString("yyyy-MM-dd (ddd)", CultureInfo.CurrentCulture);

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
