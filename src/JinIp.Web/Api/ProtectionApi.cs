using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Protection.Cases;
using JinIp.Protection.Intake;
using JinIp.Protection.Referrals;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Api;

/// <summary>
/// Protection (投诉举报、案件办理、行刑衔接): the public complaint form and receipt status lookup (rate limited),
/// complainants' own complaints, enforcement staff's queue and cases, referrals to public security and the
/// procuratorate's supervision. Each service enforces who sees which record (404 otherwise).
/// </summary>
internal static class ProtectionApi
{
    public static readonly string[] ComplaintStaffRoles = [Roles.Admin, Roles.OfficeStaff, Roles.DistrictOffice];

    public static IEndpointRouteBuilder MapProtectionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/protection").WithTags("Protection");

        api.MapPost("/complaints", Submit).AllowAnonymous().RequireRateLimiting(WebServices.ProtectionComplaintRateLimit)
            .WithName("SubmitProtectionComplaint").WithSummary("Files a complaint or report (anonymous or signed; evidence files through the web form); answers the receipt number and the access code, shown once");
        api.MapPost("/complaints/status", Status).AllowAnonymous().RequireRateLimiting(WebServices.ProtectionStatusRateLimit)
            .WithName("GetProtectionComplaintStatus").WithSummary("The status behind a receipt number and its access code; an unknown number and a wrong code give the same 404");

        var mine = api.MapGroup("/complaints").RequireAuthorization();
        mine.MapGet("/", ListComplaints).WithName("ListProtectionComplaints").WithSummary("Staff: the complaint queue of their district (office: all); complainants: their organization's complaints");
        mine.MapGet("/{id:guid}", GetComplaint).WithName("GetProtectionComplaint").WithSummary("One complaint with its evidence and, for staff, the open cases that look like duplicates");
        mine.MapGet("/{id:guid}/evidence/{attachmentId:guid}", DownloadEvidence).WithName("DownloadProtectionComplaintEvidence").WithSummary("An evidence file of a complaint the caller may see (audited)");

        var handling = api.MapGroup("/complaints").RequireAuthorization(p => p.RequireRole(ComplaintStaffRoles));
        handling.MapPost("/{id:guid}/case", OpenCase).WithName("OpenProtectionCaseFromComplaint").WithSummary("Opens a case from the complaint (its evidence goes with it)");
        handling.MapPost("/{id:guid}/decline", Decline).WithName("DeclineProtectionComplaint").WithSummary("Declines to open a case, with the reason the complainant will read");

        var staff = api.MapGroup("").RequireAuthorization(WebServices.StaffPolicy);
        staff.MapGet("/rules", Rules).WithName("GetProtectionRules").WithSummary("Time limits per case type, triage rules and prosecution thresholds, each with its source");
        staff.MapGet("/cases", ListCases).WithName("ListProtectionCases").WithSummary("The cases the caller may see, filtered by type, state, district, overdue, text");
        staff.MapPost("/cases", CreateCase).WithName("CreateProtectionCase").WithSummary("Opens a case (ex officio, campaign, transfer in); the time limit starts today");
        staff.MapGet("/cases/{id:guid}", GetCase).WithName("GetProtectionCase").WithSummary("One case with parties, rights, files, extensions, transfers, referrals, history and the actions open to the caller");
        staff.MapPost("/cases/{id:guid}/actions/{action}", Fire).WithName("FireProtectionCaseAction")
            .WithSummary("A workflow step: investigate, mediate, mediation-agreed, mediation-failed, hear, decide, close, terminate (version required)");
        staff.MapPut("/cases/{id:guid}/amounts", RecordAmounts).WithName("RecordProtectionCaseAmounts").WithSummary("Records 非法经营额 and 违法所得; crossing a prosecution threshold alerts the unit and the office");
        staff.MapPut("/cases/{id:guid}/triage", OverrideTriage).WithName("OverrideProtectionCaseTriage").WithSummary("Changes the simple/complex track with a reason");
        staff.MapPost("/cases/{id:guid}/extensions", Extend).WithName("ExtendProtectionCase").WithSummary("Records an approved extension of the time limit (working days, within the rule's maximum)");
        staff.MapPost("/cases/{id:guid}/transfer", Transfer).WithName("TransferProtectionCase").WithSummary("Hands the case to another unit");
        staff.MapPost("/cases/{id:guid}/files", UploadFile).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(PlatformApi.AttachmentUploadLimit + (64 * 1024)))
            .WithName("UploadProtectionCaseFile").WithSummary("Adds an evidence file (multipart field 'file'; type checked by content)");
        staff.MapGet("/cases/{id:guid}/files/{attachmentId:guid}", DownloadFile).WithName("DownloadProtectionCaseFile").WithSummary("An evidence file of a case the caller may see, the receiving unit of a referral included (audited)");
        staff.MapPost("/cases/{id:guid}/referral", Refer).WithName("ReferProtectionCase").WithSummary("Refers the case to public security (行刑衔接) with its evidence package");
        staff.MapGet("/referrals", ListReferrals).WithName("ListProtectionReferrals").WithSummary("Referrals: all for the office and the procuratorate, received ones for public security, own ones for handling units");
        staff.MapGet("/referrals/{id:guid}", GetReferral).WithName("GetProtectionReferral").WithSummary("One referral with its evidence package");
        staff.MapPost("/referrals/{id:guid}/accept", Accept).WithName("AcceptProtectionReferral").WithSummary("Public security accepts the referral (立案), with its file number");
        staff.MapPost("/referrals/{id:guid}/return", Return).WithName("ReturnProtectionReferral").WithSummary("Public security returns the referral with its reason");
        return app;
    }

    public sealed record StatusRequest(string? ReceiptNumber, string? AccessCode);

    public sealed record OpenCaseRequest(int Version, CaseInput? Case);

    public sealed record ReasonRequest(int Version, string? Reason);

    public sealed record AmountsRequest(int Version, decimal? IllegalBusinessVolume, decimal? IllegalGains);

    public sealed record TriageRequest(int Version, CaseComplexity? Complexity, string? Reason);

    public sealed record ExtensionRequest(int Version, int WorkingDays, string? Reason);

    public sealed record TransferRequest(int Version, Guid? ToOrganizationId, string? Reason);

    public sealed record ReferRequest(string? Reason);

    public sealed record AnswerRequest(int Version, string? Note);

    public sealed record RulesResponse(IReadOnlyList<TimeLimitRule> TimeLimits, TriageRules Triage, int ComplaintReviewWorkingDays, string ComplaintReviewRule, string ComplaintReviewSource, IReadOnlyList<ProsecutionThreshold> Thresholds, string ThresholdsSource, string ThresholdsNote);

    private static Actor Caller(HttpContext context) => HttpActorAccessor.FromContext(context);

    private static async Task<Created<ComplaintReceipt>> Submit(ComplaintInput? input, HttpContext context, ComplaintService complaints, CancellationToken ct)
    {
        var receipt = await complaints.SubmitAsync(Caller(context), input ?? new ComplaintInput(), [], ct);
        return TypedResults.Created("/Protection/Status", receipt);
    }

    private static async Task<Results<Ok<PublicComplaintStatus>, NotFound<ProblemDetails>>> Status(StatusRequest? request, ComplaintService complaints, CancellationToken ct)
    {
        var status = await complaints.StatusAsync(request?.ReceiptNumber, request?.AccessCode, ct);
        if (status is null)
        {
            var zh = UiCulture.IsCurrentChinese;
            return TypedResults.NotFound(new ProblemDetails { Status = 404, Title = zh ? "未找到" : "Not found", Detail = zh ? "受理编号或查询码不正确。" : "The receipt number or access code is not correct." });
        }

        return TypedResults.Ok(status);
    }

    private static async Task<Ok<IReadOnlyList<ComplaintSummary>>> ListComplaints(HttpContext context, ComplaintService complaints, ComplaintStatus? status, CancellationToken ct) =>
        TypedResults.Ok(await complaints.ListAsync(Caller(context), status, ct));

    private static async Task<Ok<ComplaintView>> GetComplaint(Guid id, HttpContext context, ComplaintService complaints, CancellationToken ct) =>
        TypedResults.Ok(await complaints.GetAsync(Caller(context), id, ct));

    private static async Task<FileStreamHttpResult> DownloadEvidence(Guid id, Guid attachmentId, HttpContext context, ComplaintService complaints, CancellationToken ct)
    {
        var (name, type, content) = await complaints.OpenEvidenceAsync(Caller(context), id, attachmentId, ct);
        return TypedResults.File(content, type, name);
    }

    private static async Task<Created<CaseView>> OpenCase(Guid id, OpenCaseRequest? request, HttpContext context, ComplaintService complaints, CaseService cases, CancellationToken ct)
    {
        var actor = Caller(context);
        var caseId = await complaints.OpenCaseAsync(actor, id, RequireVersion(request?.Version), request?.Case ?? new CaseInput(), ct);
        return TypedResults.Created($"/api/v1/protection/cases/{caseId:D}", await cases.GetAsync(actor, caseId, ct));
    }

    private static async Task<NoContent> Decline(Guid id, ReasonRequest? request, HttpContext context, ComplaintService complaints, CancellationToken ct)
    {
        await complaints.DeclineAsync(Caller(context), id, RequireVersion(request?.Version), request?.Reason, ct);
        return TypedResults.NoContent();
    }

    private static Ok<RulesResponse> Rules(CaseRules rules, ProsecutionThresholds thresholds) =>
        TypedResults.Ok(new RulesResponse(rules.TimeLimits, rules.Triage, rules.ComplaintReviewWorkingDays, rules.ComplaintReviewRule, rules.ComplaintReviewSource, thresholds.Rules, thresholds.Source, thresholds.Note));

    private static async Task<Ok<IReadOnlyList<CaseSummary>>> ListCases(HttpContext context, CaseService cases, CaseType? type, string? state, string? district, bool? overdue, string? q, CancellationToken ct) =>
        TypedResults.Ok(await cases.ListAsync(Caller(context), new CaseFilter { CaseType = type, State = state, DistrictCode = district, OverdueOnly = overdue ?? false, Text = q }, ct));

    private static async Task<Created<CaseView>> CreateCase(CaseInput? input, HttpContext context, CaseService cases, CancellationToken ct)
    {
        var view = await cases.CreateAsync(Caller(context), input ?? new CaseInput(), ct);
        return TypedResults.Created($"/api/v1/protection/cases/{view.Id:D}", view);
    }

    private static async Task<Ok<CaseView>> GetCase(Guid id, HttpContext context, CaseService cases, CancellationToken ct) =>
        TypedResults.Ok(await cases.GetAsync(Caller(context), id, ct));

    private static async Task<Ok<CaseView>> Fire(Guid id, string action, CaseActionInput? input, HttpContext context, CaseService cases, CancellationToken ct)
    {
        RequireVersion(input?.Version);
        return TypedResults.Ok(await cases.FireAsync(Caller(context), id, action, input!, ct));
    }

    private static async Task<Ok<CaseView>> RecordAmounts(Guid id, AmountsRequest? request, HttpContext context, CaseService cases, CancellationToken ct) =>
        TypedResults.Ok(await cases.RecordAmountsAsync(Caller(context), id, RequireVersion(request?.Version), request!.IllegalBusinessVolume, request.IllegalGains, ct));

    private static async Task<Ok<CaseView>> OverrideTriage(Guid id, TriageRequest? request, HttpContext context, CaseService cases, CancellationToken ct)
    {
        var version = RequireVersion(request?.Version);
        if (request!.Complexity is not { } complexity || !Enum.IsDefined(complexity))
        {
            throw new ValidationException("complexity", "请选择简易或复杂。", "Choose Simple or Complex.");
        }

        return TypedResults.Ok(await cases.OverrideTriageAsync(Caller(context), id, version, complexity, request.Reason, ct));
    }

    private static async Task<Ok<CaseView>> Extend(Guid id, ExtensionRequest? request, HttpContext context, CaseService cases, CancellationToken ct) =>
        TypedResults.Ok(await cases.ExtendAsync(Caller(context), id, RequireVersion(request?.Version), request!.WorkingDays, request.Reason, ct));

    private static async Task<Ok<CaseView>> Transfer(Guid id, TransferRequest? request, HttpContext context, CaseService cases, CancellationToken ct) =>
        TypedResults.Ok(await cases.TransferAsync(Caller(context), id, RequireVersion(request?.Version), request!.ToOrganizationId ?? Guid.Empty, request.Reason, ct));

    private static async Task<Results<Created<CaseFileView>, ValidationProblem>> UploadFile(Guid id, HttpContext context, CaseService cases, CancellationToken ct)
    {
        var file = context.Request.HasFormContentType ? (await context.Request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null)
        {
            var zh = UiCulture.IsCurrentChinese;
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [zh ? "请选择要上传的文件。" : "Choose a file to upload."] });
        }

        await using var stream = file.OpenReadStream();
        var saved = await cases.AddFileAsync(Caller(context), id, stream, file.FileName, ct);
        return TypedResults.Created($"/api/v1/protection/cases/{id:D}/files/{saved.AttachmentId:D}", saved);
    }

    private static async Task<FileStreamHttpResult> DownloadFile(Guid id, Guid attachmentId, HttpContext context, CaseService cases, CancellationToken ct)
    {
        var (name, type, content) = await cases.OpenFileAsync(Caller(context), id, attachmentId, ct);
        return TypedResults.File(content, type, name);
    }

    private static async Task<Created<ReferralView>> Refer(Guid id, ReferRequest? request, HttpContext context, ReferralService referrals, CancellationToken ct)
    {
        var actor = Caller(context);
        var referralId = await referrals.ReferAsync(actor, id, request?.Reason, ct);
        return TypedResults.Created($"/api/v1/protection/referrals/{referralId:D}", await referrals.GetAsync(actor, referralId, ct));
    }

    private static async Task<Ok<IReadOnlyList<ReferralSummary>>> ListReferrals(HttpContext context, ReferralService referrals, ReferralStatus? status, CancellationToken ct) =>
        TypedResults.Ok(await referrals.ListAsync(Caller(context), status, ct));

    private static async Task<Ok<ReferralView>> GetReferral(Guid id, HttpContext context, ReferralService referrals, CancellationToken ct) =>
        TypedResults.Ok(await referrals.GetAsync(Caller(context), id, ct));

    private static async Task<Ok<ReferralView>> Accept(Guid id, AnswerRequest? request, HttpContext context, ReferralService referrals, CancellationToken ct) =>
        TypedResults.Ok(await referrals.AcceptAsync(Caller(context), id, RequireVersion(request?.Version), request!.Note, ct));

    private static async Task<Ok<ReferralView>> Return(Guid id, AnswerRequest? request, HttpContext context, ReferralService referrals, CancellationToken ct) =>
        TypedResults.Ok(await referrals.ReturnAsync(Caller(context), id, RequireVersion(request?.Version), request!.Note, ct));

    private static int RequireVersion(int? version) => version is > 0
        ? version.Value
        : throw new ValidationException("version", "请提供您所看到的记录版本号。", "Give the version of the record you saw.");
}
