using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Strategy.Supervision;
using JinIp.Web.Api;
using JinIp.Web.Strategy;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Pages.Strategy;

/// <summary>
/// One task: milestones, reports and notices. Its units report progress (text, percent, figures, files) and may
/// postpone it; they answer notices. The office sets the deadline and sends 督办 notices.
/// </summary>
[RequestSizeLimit(5 * (PlatformApi.AttachmentUploadLimit + (64 * 1024)))]
public sealed class TaskModel(SupervisionService supervision) : StrategyPageModel
{
    public TaskDetail Detail { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Detail = await supervision.GetTaskAsync(id, Actor, cancellationToken);

    public async Task<IActionResult> OnPostReportAsync(Guid id, CancellationToken cancellationToken)
    {
        var form = await Request.ReadFormAsync(cancellationToken);
        var input = ReportForm.Read(form, UiCulture.IsCurrentChinese, out var errors);
        foreach (var (field, messages) in errors)
        {
            Errors[field] = messages[0];
        }

        if (input is not null)
        {
            try
            {
                if (await TryAsync(() => supervision.FileReportAsync(id, input, Actor, cancellationToken)))
                {
                    return RedirectToPage(new { id, done = "report" });
                }
            }
            finally
            {
                foreach (var file in input.Files)
                {
                    await file.Content.DisposeAsync();
                }
            }
        }

        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostPostponeAsync(Guid id, string? reason, DateOnly? newDate, CancellationToken cancellationToken)
    {
        if (newDate is null)
        {
            Errors["newDate"] = UiCulture.IsCurrentChinese ? "请填写新的期限。" : "Enter the new date.";
        }
        else if (await TryAsync(() => supervision.PostponeAsync(id, reason ?? "", newDate.Value, Actor, cancellationToken)))
        {
            return RedirectToPage(new { id });
        }

        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeadlineAsync(Guid id, DateOnly? deadline, CancellationToken cancellationToken)
    {
        if (deadline is null)
        {
            Errors["deadline"] = UiCulture.IsCurrentChinese ? "请填写期限。" : "Enter the deadline.";
        }
        else if (await TryAsync(() => supervision.SetDeadlineAsync(id, deadline.Value, Actor, cancellationToken)))
        {
            return RedirectToPage(new { id });
        }

        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostNoticeAsync(Guid id, Guid? unit, string? text, int? days, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => supervision.SendNoticeAsync(id, unit, text ?? "", days ?? 5, Actor, cancellationToken)))
        {
            return RedirectToPage(new { id });
        }

        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid notice, string? answer, CancellationToken cancellationToken)
    {
        if (await TryAsync(() => supervision.AnswerNoticeAsync(notice, answer ?? "", Actor, cancellationToken)))
        {
            return RedirectToPage(new { id });
        }

        Errors[$"answer-{notice}"] = Errors.GetValueOrDefault("answer") ?? Errors.GetValueOrDefault("") ?? "";
        return await ReloadAsync(id, cancellationToken);
    }

    public string Percent(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    private async Task<IActionResult> ReloadAsync(Guid id, CancellationToken cancellationToken)
    {
        Detail = await supervision.GetTaskAsync(id, Actor, cancellationToken);
        return Page();
    }
}
