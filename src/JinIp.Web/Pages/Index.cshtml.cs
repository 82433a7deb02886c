using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages;

/// <summary>The public portal: the six parts of the year's plan and the services each part brings.</summary>
public sealed class IndexModel : PageModel
{
    public sealed record PlanPart(int Number, int FirstWorkPoint, int LastWorkPoint);

    /// <summary>The parts of the 2021 plan and the work points each covers (see DESIGN.md).</summary>
    public static readonly IReadOnlyList<PlanPart> Parts =
    [
        new(1, 1, 5), new(2, 6, 16), new(3, 17, 21), new(4, 22, 27), new(5, 28, 30), new(6, 31, 34),
    ];
}
