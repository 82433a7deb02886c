using System.Globalization;

namespace JinIp.Platform.Identity;

/// <summary>Chinese sorting (pinyin order, as zh-CN collation defines it) for names shown in lists.</summary>
public static class ChineseCollation
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    public static StringComparer Comparer { get; } = StringComparer.Create(Culture, ignoreCase: false);
}
