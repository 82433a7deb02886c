using JinIp.Platform.Identity;
using MiniExcelLibs;

namespace JinIp.Strategy.Supervision;

/// <summary>The 督办台账: one row per task with its units, deadline, progress, warning colour, latest report and notices, as Excel with Chinese headers.</summary>
public sealed class LedgerExport(SupervisionService supervision)
{
    public static readonly string[] Headers =
    [
        "序号", "部分", "工作要点编号", "工作要点", "措施序号", "具体措施", "牵头单位", "配合单位", "完成期限", "延期至", "延期理由",
        "完成进度（%）", "状态", "预警", "最近报送时间", "督办次数", "未答复督办",
    ];

    private static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Writes the ledger of the plan year the actor may see (all tasks for the office, the unit's own otherwise).</summary>
    public async Task<bool> WriteAsync(Stream output, int? year, Actor actor, CancellationToken cancellationToken = default)
    {
        var plan = await supervision.GetPlanAsync(year, actor, cancellationToken);
        if (plan is null)
        {
            return false;
        }

        var tasks = await supervision.ListTasksAsync(plan.Plan.Year, actor, cancellationToken: cancellationToken);
        var notices = await supervision.ListNoticesAsync(actor, cancellationToken: cancellationToken);
        var partOf = plan.Parts.SelectMany(p => p.Items.Select(i => (i.Id, Part: $"{p.Numeral}、{p.Title}"))).ToDictionary(x => x.Id, x => x.Part);
        var rows = new List<Dictionary<string, object?>>();
        var index = 0;
        foreach (var task in tasks)
        {
            var taskNotices = notices.Where(n => n.TaskId == task.Id).ToList();
            var values = new object?[]
            {
                ++index,
                partOf.GetValueOrDefault(task.ItemId, ""),
                $"（{task.ItemNumeral}）",
                task.ItemHeadline,
                task.Label ?? task.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                task.Text,
                task.Lead?.Name ?? "未分配",
                string.Join("、", task.CoUnits.Select(c => c.Name)),
                task.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                task.PostponedTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                task.PostponeReason ?? "",
                task.Percent,
                StatusZh(task.Status),
                ColourZh(task.Colour),
                task.LastReportAt is { } at ? TimeZoneInfo.ConvertTimeFromUtc(at, ChinaTime).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "",
                taskNotices.Count,
                taskNotices.Count(n => n.Answer is null),
            };
            rows.Add(Headers.Zip(values).ToDictionary(x => x.First, x => x.Second));
        }

        if (rows.Count == 0)
        {
            // MiniExcel writes no header row for an empty sequence: one row of blanks keeps the headers.
            rows.Add(Headers.ToDictionary(h => h, _ => (object?)null));
        }

        await MiniExcel.SaveAsAsync(output, rows, sheetName: $"{plan.Plan.Year}年督办台账", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        return true;
    }

    public static string StatusZh(ShownStatus status) => status switch
    {
        ShownStatus.NotStarted => "未开始",
        ShownStatus.InProgress => "推进中",
        ShownStatus.Done => "已完成",
        ShownStatus.Behind => "滞后",
        _ => "已延期",
    };

    public static string ColourZh(TaskColour colour) => colour switch
    {
        TaskColour.Green => "绿",
        TaskColour.Yellow => "黄",
        _ => "红",
    };
}
