using System.Globalization;

namespace JinIp.Platform.Errors;

/// <summary>The one test for "show Chinese": zh-CN is the default UI language, English the switch.</summary>
public static class UiCulture
{
    public static bool IsChinese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh";

    /// <summary>Whether the current request's UI language is Chinese.</summary>
    public static bool IsCurrentChinese => IsChinese(CultureInfo.CurrentUICulture);
}
