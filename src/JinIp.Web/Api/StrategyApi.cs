using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Strategy.Assessment;
using JinIp.Strategy.Dashboard;
using JinIp.Strategy.Plans;
using JinIp.Strategy.Supervision;
using JinIp.Strategy.Units;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Api;

/// <summary>
/// The strategy API (work points 1–5): plan import with preview and diff, units, supervision of tasks, notices,
/// the ledger, assessment and the dashboard. Staff only; what a unit sees is narrowed by the module's services.
/// </summary>
internal static class StrategyApi
{
    public static IEndpointRouteBuilder MapStrategyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/strategy").WithTags("Strategy").RequireAuthorization(WebServices.StaffPolicy);
        var office = api.MapGroup("").RequireAuthorization(WebServices.OfficePolicy);

        office.MapPost("/imports", CreateDraft).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(PlanImportService.MaxDocumentBytes + (64 * 1024)))
            .WithName("CreatePlanDraft").WithSummary("Uploads a plan document (.txt or .docx, form field file, optional year) and returns the parsed draft with warnings and the diff against the stored plan; a document that is not a plan answers 400 and stores nothing");
        office.MapGet("/imports/{id:guid}", GetDraft).WithName("GetPlanDraft").WithSummary("A draft with every item, its suggested units, warnings and the diff");
        office.MapPut("/imports/{id:guid}/items", EditDraftItem).WithName("EditPlanDraftItem").WithSummary("Corrects an item of a draft: headline, lead unit, co-units, targets");
        office.MapPost("/imports/{id:guid}/commit", CommitDraft).WithName("CommitPlanDraft").WithSummary("Makes the draft the plan of its year; unchanged items keep their units, tasks and reports");
        office.MapDelete("/imports/{id:guid}", DiscardDraft).WithName("DiscardPlanDraft").WithSummary("Discards a draft");
        office.MapPut("/items/{id:guid}/units", AssignUnits).WithName("AssignItemUnits").WithSummary("Confirms an item's lead unit and co-units");
        office.MapPut("/tasks/{id:guid}/deadline", SetDeadline).WithName("SetTaskDeadline").WithSummary("Sets a task's deadline; its quarterly milestones follow");
        office.MapPost("/tasks/{id:guid}/notices", SendNotice).WithName("SendSupervisionNotice").WithSummary("Sends a 督办 notice about a task to one of its units, to be answered within N working days");
        office.MapGet("/overdue", Overdue).WithName("ListOverdueByUnit").WithSummary("Overdue tasks grouped by unit");
        office.MapPut("/indicators", SaveIndicator).WithName("SaveIndicator").WithSummary("Adds (no id) or changes a district assessment indicator");
        office.MapDelete("/indicators/{id:guid}", DeleteIndicator).WithName("DeleteIndicator").WithSummary("Removes an indicator and its reported values");
        office.MapPost("/indicators/defaults", UseDefaultIndicators).WithName("UseDefaultIndicators").WithSummary("Creates the default indicator system for a year without one");

        api.MapGet("/units", ListUnits).WithName("ListStrategyUnits").WithSummary("The units of the plan: the office, member units and district offices");
        api.MapGet("/plan", GetPlan).WithName("GetPlan").WithSummary("The plan of a year (the newest by default) with the items the caller may see");
        api.MapGet("/items/{id:guid}", GetItem).WithName("GetPlanItem").WithSummary("One item with its targets and tasks");
        api.MapGet("/tasks", ListTasks).WithName("ListTasks").WithSummary("Tasks the caller may see (a unit: its own), optionally only overdue ones");
        api.MapGet("/tasks/{id:guid}", GetTask).WithName("GetTask").WithSummary("One task with its milestones, reports and notices");
        api.MapPost("/tasks/{id:guid}/reports", FileReport).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(5 * (PlatformApi.AttachmentUploadLimit + (64 * 1024))))
            .WithName("FileProgressReport").WithSummary("A unit reports progress (multipart: text, percent, done, figure.{targetId}, files)");
        api.MapPost("/tasks/{id:guid}/postpone", Postpone).WithName("PostponeTask").WithSummary("Postpones a task to a new date with the reason");
        api.MapGet("/notices", ListNotices).WithName("ListSupervisionNotices").WithSummary("督办 notices: all for the office, the caller's unit's otherwise");
        api.MapPost("/notices/{id:guid}/answer", AnswerNotice).WithName("AnswerSupervisionNotice").WithSummary("The unit answers a notice sent to it");
        api.MapGet("/reminders", ListReminders).WithName("ListReminders").WithSummary("Deadline reminders for the caller's unit");
        api.MapGet("/ledger", Ledger).WithName("ExportSupervisionLedger").WithSummary("The 督办台账 as Excel with Chinese headers");
        api.MapGet("/dashboard", GetDashboard).WithName("GetStrategyDashboard").WithSummary("Progress by part, overdue by unit, district ranking, key indicators");
        api.MapGet("/assessments/units", ListUnitAssessments).WithName("ListUnitAssessments").WithSummary("Year-end unit assessment rows: self and office score per item");
        api.MapPut("/assessments/units", ScoreUnit).WithName("ScoreUnit").WithSummary("A unit's self-score, or the office's score, for an item");
        api.MapGet("/indicators", ListIndicators).WithName("ListIndicators").WithSummary("The district indicator system of a year and the computed sources available");
        api.MapPut("/indicators/{id:guid}/values", ReportIndicatorValue).WithName("ReportIndicatorValue").WithSummary("A district reports its value for a reported indicator");
        api.MapGet("/ranking", Ranking).WithName("GetDistrictRanking").WithSummary("District scores and ranking, with the formula");
        return app;
    }

    public sealed record AssignUnitsRequest(Guid Lead, IReadOnlyList<Guid>? Co);

    public sealed record DeadlineRequest(DateOnly Deadline);

    public sealed record NoticeRequest(Guid? Unit, string? Text, int? AnswerWithinWorkingDays);

    public sealed record PostponeRequest(string? Reason, DateOnly NewDate);

    public sealed record AnswerRequest(string? Answer);

    public sealed record ScoreRequest(Guid ItemId, Guid OrganizationId, decimal? Score, string? Comment);

    public sealed record IndicatorValueRequest(string? District, decimal Value, string? Note);

    public sealed record IndicatorsResponse(int Year, IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<ComputedSource> ComputedSources, string PopulationSource);

    private static JinIp.Platform.Identity.Actor Actor(HttpContext context) => HttpActorAccessor.FromContext(context);

    private static async Task<Results<Created<DraftView>, ValidationProblem>> CreateDraft(HttpRequest request, PlanImportService imports, CancellationToken ct)
    {
        var zh = UiCulture.IsCurrentChinese;
        if (!request.HasFormContentType)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [zh ? "请以表单（multipart/form-data）上传文件。" : "Upload the file as multipart/form-data."] });
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [zh ? "请选择工作要点文件（.txt 或 .docx）。" : "Choose the plan document (.txt or .docx)."] });
        }

        int? year = null;
        if (form["year"].ToString() is { Length: > 0 } text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = [zh ? "年度须为四位数字。" : "The year must be four digits."] });
            }

            year = parsed;
        }

        await using var stream = file.OpenReadStream();
        var actor = Actor(request.HttpContext);
        var id = await imports.CreateDraftAsync(stream, file.FileName, year, actor, ct);
        return TypedResults.Created($"/api/v1/strategy/imports/{id:D}", await imports.GetDraftAsync(id, actor, ct));
    }

    private static async Task<Ok<DraftView>> GetDraft(Guid id, HttpContext context, PlanImportService imports, CancellationToken ct) =>
        TypedResults.Ok(await imports.GetDraftAsync(id, Actor(context), ct));

    private static async Task<NoContent> EditDraftItem(Guid id, DraftItemEdit edit, HttpContext context, PlanImportService imports, CancellationToken ct)
    {
        await imports.UpdateDraftItemAsync(id, edit, Actor(context), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PlanDiff>> CommitDraft(Guid id, HttpContext context, PlanImportService imports, CancellationToken ct) =>
        TypedResults.Ok(await imports.CommitAsync(id, Actor(context), ct));

    private static async Task<NoContent> DiscardDraft(Guid id, HttpContext context, PlanImportService imports, CancellationToken ct)
    {
        await imports.DiscardDraftAsync(id, Actor(context), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> AssignUnits(Guid id, AssignUnitsRequest request, HttpContext context, SupervisionService supervision, CancellationToken ct)
    {
        await supervision.AssignUnitsAsync(id, request.Lead, request.Co ?? [], Actor(context), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SetDeadline(Guid id, DeadlineRequest request, HttpContext context, SupervisionService supervision, CancellationToken ct)
    {
        await supervision.SetDeadlineAsync(id, request.Deadline, Actor(context), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created> SendNotice(Guid id, NoticeRequest request, HttpContext context, SupervisionService supervision, CancellationToken ct)
    {
        var noticeId = await supervision.SendNoticeAsync(id, request.Unit, request.Text ?? "", request.AnswerWithinWorkingDays ?? 5, Actor(context), ct);
        return TypedResults.Created($"/api/v1/strategy/notices/{noticeId:D}");
    }

    private static async Task<Ok<IReadOnlyList<UnitOverdue>>> Overdue(int? year, HttpContext context, SupervisionService supervision, CancellationToken ct) =>
        TypedResults.Ok(await supervision.OverdueByUnitAsync(year, Actor(context), ct));

    private static async Task<Ok<Guid>> SaveIndicator(IndicatorInput input, HttpContext context, AssessmentService assessment, CancellationToken ct) =>
        TypedResults.Ok(await assessment.SaveIndicatorAsync(input with { Name = input.Name ?? "", Unit = input.Unit ?? "", Source = input.Source ?? "" }, Actor(context), ct));

    private static async Task<NoContent> DeleteIndicator(Guid id, HttpContext context, AssessmentService assessment, CancellationToken ct)
    {
        await assessment.DeleteIndicatorAsync(id, Actor(context), ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> UseDefaultIndicators(int? year, HttpContext context, AssessmentService assessment, SupervisionService supervision, CancellationToken ct)
    {
        var chosen = await supervision.ResolveYearAsync(year, ct);
        await assessment.UseDefaultsAsync(chosen, Actor(context), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<StrategyUnit>>> ListUnits(UnitCatalog units, CancellationToken ct) => TypedResults.Ok(await units.AllAsync(ct));

    private static async Task<Results<Ok<PlanView>, NotFound<ProblemDetails>>> GetPlan(int? year, HttpContext context, SupervisionService supervision, CancellationToken ct) =>
        await supervision.GetPlanAsync(year, Actor(context), ct) is { } plan ? TypedResults.Ok(plan) : NoPlan();

    private static async Task<Ok<ItemDetail>> GetItem(Guid id, HttpContext context, SupervisionService supervision, CancellationToken ct) =>
        TypedResults.Ok(await supervision.GetItemAsync(id, Actor(context), ct));

    private static async Task<Ok<IReadOnlyList<TaskView>>> ListTasks(int? year, bool? overdue, HttpContext context, SupervisionService supervision, CancellationToken ct) =>
        TypedResults.Ok(await supervision.ListTasksAsync(year, Actor(context), overdueOnly: overdue == true, cancellationToken: ct));

    private static async Task<Ok<TaskDetail>> GetTask(Guid id, HttpContext context, SupervisionService supervision, CancellationToken ct) =>
        TypedResults.Ok(await supervision.GetTaskAsync(id, Actor(context), ct));

    private static async Task<Results<Created, ValidationProblem>> FileReport(Guid id, HttpRequest request, SupervisionService supervision, CancellationToken ct)
    {
        var zh = UiCulture.IsCurrentChinese;
        if (!request.HasFormContentType)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [zh ? "请以表单（multipart/form-data）报送。" : "Send the report as multipart/form-data."] });
        }

        var form = await request.ReadFormAsync(ct);
        var input = ReportForm.Read(form, zh, out var errors);
        if (input is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            var reportId = await supervision.FileReportAsync(id, input, Actor(request.HttpContext), ct);
            return TypedResults.Created($"/api/v1/strategy/tasks/{id:D}#report-{reportId:D}");
        }
        finally
        {
            foreach (var file in input.Files)
            {
                await file.Content.DisposeAsync();
            }
        }
    }

    private static async Task<NoContent> Postpone(Guid id, PostponeRequest request, HttpContext context, SupervisionService supervision, CancellationToken ct)
    {
        await supervision.PostponeAsync(id, request.Reason ?? "", request.NewDate, Actor(context), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<NoticeView>>> ListNotices(bool? open, HttpContext context, SupervisionService supervision, CancellationToken ct) =>
        TypedResults.Ok(await supervision.ListNoticesAsync(Actor(context), open == true, ct));

    private static async Task<NoContent> AnswerNotice(Guid id, AnswerRequest request, HttpContext context, SupervisionService supervision, CancellationToken ct)
    {
        await supervision.AnswerNoticeAsync(id, request.Answer ?? "", Actor(context), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<ReminderView>>> ListReminders(HttpContext context, SupervisionService supervision, CancellationToken ct) =>
        TypedResults.Ok(await supervision.ListRemindersAsync(Actor(context), ct));

    private static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> Ledger(int? year, HttpContext context, LedgerExport ledger, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        if (!await ledger.WriteAsync(buffer, year, Actor(context), ct))
        {
            return NoPlan();
        }

        return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"督办台账-{year?.ToString(CultureInfo.InvariantCulture) ?? "latest"}.xlsx");
    }

    private static async Task<Results<Ok<DashboardView>, NotFound<ProblemDetails>>> GetDashboard(int? year, HttpContext context, DashboardService dashboard, CancellationToken ct) =>
        await dashboard.BuildAsync(year, Actor(context), ct) is { } view ? TypedResults.Ok(view) : NoPlan();

    private static async Task<Ok<IReadOnlyList<UnitAssessmentRow>>> ListUnitAssessments(int? year, HttpContext context, AssessmentService assessment, CancellationToken ct) =>
        TypedResults.Ok(await assessment.ListUnitAssessmentsAsync(year, Actor(context), ct));

    private static async Task<NoContent> ScoreUnit(ScoreRequest request, HttpContext context, AssessmentService assessment, CancellationToken ct)
    {
        await assessment.ScoreAsync(request.ItemId, request.OrganizationId, request.Score, request.Comment, Actor(context), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IndicatorsResponse>> ListIndicators(int? year, AssessmentService assessment, SupervisionService supervision, CancellationToken ct)
    {
        var chosen = await supervision.ResolveYearAsync(year, ct);
        return TypedResults.Ok(new IndicatorsResponse(chosen, await assessment.ListIndicatorsAsync(chosen, ct), assessment.Sources, DistrictPopulation.Tianjin.Source));
    }

    private static async Task<NoContent> ReportIndicatorValue(Guid id, IndicatorValueRequest request, HttpContext context, AssessmentService assessment, CancellationToken ct)
    {
        var actor = Actor(context);
        await assessment.ReportValueAsync(id, request.District ?? actor.DistrictCode ?? "", request.Value, request.Note, actor, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<DistrictRanking>> Ranking(int? year, HttpContext context, AssessmentService assessment, SupervisionService supervision, CancellationToken ct)
    {
        var chosen = await supervision.ResolveYearAsync(year, ct);
        return TypedResults.Ok(await assessment.RankAsync(chosen, Actor(context), ct));
    }

    private static NotFound<ProblemDetails> NoPlan()
    {
        var zh = UiCulture.IsCurrentChinese;
        return TypedResults.NotFound(new ProblemDetails { Status = 404, Title = zh ? "该年度尚未导入工作要点" : "No plan has been imported for that year" });
    }
}

/// <summary>Reads a progress report from a form (the API and the task page share it).</summary>
internal static class ReportForm
{
    public static ReportInput? Read(IFormCollection form, bool zh, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var percentText = form["percent"].ToString();
        var percent = 0;
        if (percentText.Length > 0 && !int.TryParse(percentText, NumberStyles.None, CultureInfo.InvariantCulture, out percent))
        {
            errors["percent"] = [zh ? "完成比例须为 0 到 100 的整数。" : "The percent must be a whole number from 0 to 100."];
        }

        var figures = new List<FigureInput>();
        foreach (var (key, value) in form.Where(f => f.Key.StartsWith("figure.", StringComparison.Ordinal)))
        {
            if (value.ToString().Length == 0)
            {
                continue;
            }

            if (!Guid.TryParse(key["figure.".Length..], out var targetId) || !decimal.TryParse(value.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                errors[key] = [zh ? "数据须为数字。" : "Figures must be numbers."];
                continue;
            }

            figures.Add(new FigureInput(targetId, number));
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var done = form["done"].ToString() is "true" or "on" or "1";
        var files = form.Files.GetFiles("files").Where(f => f.Length > 0).Select(f => new FileInput(f.OpenReadStream(), f.FileName)).ToList();
        return new ReportInput(form["text"].ToString(), percent, done, figures, files);
    }
}
