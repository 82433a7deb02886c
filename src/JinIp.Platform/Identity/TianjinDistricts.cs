namespace JinIp.Platform.Identity;

/// <summary>The 16 districts of Tianjin with their administrative division codes (民政部 行政区划代码).</summary>
public static class TianjinDistricts
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("120101", "和平区"), ("120102", "河东区"), ("120103", "河西区"), ("120104", "南开区"),
        ("120105", "河北区"), ("120106", "红桥区"), ("120110", "东丽区"), ("120111", "西青区"),
        ("120112", "津南区"), ("120113", "北辰区"), ("120114", "武清区"), ("120115", "宝坻区"),
        ("120116", "滨海新区"), ("120117", "宁河区"), ("120118", "静海区"), ("120119", "蓟州区"),
    ];

    public static string? NameOf(string? code) => All.FirstOrDefault(d => d.Code == code).Name;
}
