using System.Text.Json;
using JinIp.Platform.Attachments;
using JinIp.Platform.Audit;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using JinIp.Registries.Catalog;
using JinIp.Registries.Data;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Registries.TimeHonored;

/// <summary>What an applicant files.</summary>
public sealed class ApplicationInput
{
    public string? EnterpriseName { get; set; }

    public string? CreditCode { get; set; }

    public string? Brand { get; set; }

    public int? FoundedYear { get; set; }

    public string? District { get; set; }

    public string? Trademarks { get; set; }

    public string? History { get; set; }
}

/// <summary>A file sent with an application.</summary>
public sealed record UploadedFile(string FileName, Stream Content);

public sealed record ApplicationSummary(Guid Id, int Version, string State, string Brand, string EnterpriseName, int FoundedYear, DateTime SubmittedAt, DateOnly? DueDate, bool Overdue, int? ScoreTotal);

public sealed record ApplicationAttachment(Guid AttachmentId, string FileName, long Size);

public sealed record Objection(DateOnly ReceivedOn, string Objector, string Content, string RecordedBy, DateTime RecordedAt);

public sealed record ApplicationStep(string Transition, string FromState, string ToState, string ActorName, DateTime At, string? Comment);

public sealed record ApplicationView(
    Guid Id,
    int Version,
    string State,
    string EnterpriseName,
    string CreditCode,
    string Brand,
    int FoundedYear,
    string? DistrictCode,
    string Trademarks,
    string History,
    string ApplicantName,
    DateTime SubmittedAt,
    DateOnly? DueDate,
    int? WorkingDaysLeft,
    IReadOnlyDictionary<string, int>? Scores,
    int? ScoreTotal,
    string? ExpertComment,
    DateOnly? NoticeStartedOn,
    DateOnly? NoticeEndsOn,
    string? DecisionReason,
    IReadOnlyList<ApplicationAttachment> Attachments,
    IReadOnlyList<Objection> Objections,
    IReadOnlyList<ApplicationStep> Steps,
    IReadOnlyList<string> AvailableTransitions);

/// <summary>An application under public notice, as anyone may read it.</summary>
public sealed record NoticeView(Guid Id, string Brand, string EnterpriseName, int FoundedYear, string? DistrictCode, string Trademarks, DateOnly NoticeStartedOn, DateOnly NoticeEndsOn);

/// <summary>
/// 津门老字号 recognition: filing, the workflow steps, expert scores, objections, and the public notice list.
/// Applicants see their own organization's applications only; experts those sent to review or scored by them.
/// </summary>
public sealed class RecognitionService(
    RegistriesDbContext db,
    WorkflowEngine engine,
    RecognitionWorkflow workflow,
    AttachmentStore attachments,
    IAuditLog audit,
    TimeProvider clock)
{
    public const string AttachmentPurpose = "registries.time-honored";
    public const int MaxAttachments = 10;

    public async Task<ApplicationView> SubmitAsync(Actor actor, ApplicationInput input, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.Applicant) || actor.UserId is not { } userId || actor.OrganizationId is not { } organizationId)
        {
            throw new ForbiddenException("只有申请人账户可以提交津门老字号认定申请。", "Only applicant accounts may apply for 津门老字号 recognition.");
        }

        var application = Validate(input);
        if (files.Count > MaxAttachments)
        {
            throw new ValidationException("Files", $"最多上传 {MaxAttachments} 个附件。", $"At most {MaxAttachments} attachments.");
        }

        // REVIEW: files are stored (and audited) before the application; if a later file is refused, the earlier
        // ones stay as unreferenced attachments of the applicant, which no one else can see.
        foreach (var file in files)
        {
            var saved = await attachments.SaveAsync(file.Content, file.FileName, AttachmentPurpose, UploadRules.Documents, actor, cancellationToken);
            application.Attachments.Add(new TimeHonoredAttachment { AttachmentId = saved.Id, FileName = saved.FileName, Size = saved.Size });
        }

        application.Id = Guid.NewGuid();
        application.OwnerUserId = userId;
        application.OwnerOrganizationId = organizationId;
        application.DistrictCode ??= actor.DistrictCode;
        application.ApplicantName = actor.Name;
        application.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        await engine.StartAsync(db, workflow.Definition, application, actor, cancellationToken: cancellationToken);
        return await GetAsync(actor, application.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<ApplicationSummary>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var list = await Visible(actor).AsNoTracking().OrderByDescending(a => a.SubmittedAt).ToListAsync(cancellationToken);
        // The notice period's end is not a deadline to miss: it only opens the decision.
        return list.Select(a => new ApplicationSummary(a.Id, a.Version, a.State, a.Brand, a.EnterpriseName, a.FoundedYear, a.SubmittedAt, a.DueDate, a.State != RecognitionWorkflow.PublicNotice && engine.IsOverdue(a), a.ScoreTotal)).ToList();
    }

    public async Task<ApplicationView> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var application = await Visible(actor).AsNoTracking()
            .Include(a => a.Attachments).Include(a => a.Objections)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFound();
        var steps = await db.WorkflowHistory.AsNoTracking()
            .Where(h => h.Workflow == workflow.Definition.Name && h.SubjectId == id)
            .OrderBy(h => h.Id)
            .ToListAsync(cancellationToken);
        return View(actor, application, steps);
    }

    /// <summary>
    /// Opens one of an application's files for anyone who may see the application (the applicant, the office, the
    /// expert reviewing it); any other file, or an application the user may not see, is "not found".
    /// </summary>
    public async Task<(Attachment Attachment, Stream Content)> OpenAttachmentAsync(Actor actor, Guid id, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var belongs = await Visible(actor).AsNoTracking()
            .Where(a => a.Id == id)
            .SelectMany(a => a.Attachments)
            .AnyAsync(f => f.AttachmentId == attachmentId, cancellationToken);
        if (!belongs)
        {
            throw NotFound();
        }

        return await attachments.OpenForRecordAsync(attachmentId, AttachmentPurpose, actor, cancellationToken);
    }

    /// <summary>
    /// Fires a step on the version the user saw. Scores (expert) are checked against the declared criteria;
    /// recognizing with recorded objections needs a comment on how they were handled.
    /// </summary>
    public async Task<ApplicationView> FireAsync(Actor actor, Guid id, string transition, int expectedVersion, string? comment, IReadOnlyDictionary<string, int>? scores, CancellationToken cancellationToken = default)
    {
        var application = await Visible(actor).Include(a => a.Objections).SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFound();
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment?.Length > 2000)
        {
            throw new ValidationException("comment", "意见最多 2000 字。", "The comment may have at most 2,000 characters.");
        }

        Action<TimeHonoredApplication>? apply = null;
        switch (transition)
        {
            case RecognitionWorkflow.Withdraw when application.OwnerUserId != actor.UserId && application.OwnerOrganizationId != actor.OrganizationId:
                throw new ForbiddenException("只能撤回本单位的申请。", "You may withdraw only your organization's applications.");
            case RecognitionWorkflow.Score:
                var checkedScores = CheckScores(scores);
                apply = a =>
                {
                    a.ScoresJson = JsonSerializer.Serialize(checkedScores);
                    a.ScoreTotal = checkedScores.Values.Sum();
                    a.ExpertComment = comment;
                    a.ExpertUserId = actor.UserId;
                    a.ExpertName = actor.Name;
                };
                break;
            case RecognitionWorkflow.PublishNotice:
                apply = a => a.NoticeStartedOn = engine.Today;
                break;
            case RecognitionWorkflow.Recognize when application.Objections.Count > 0 && comment is null:
                throw new ValidationException("comment", "公示期间收到异议，请填写异议处理意见。", "Objections were received during the notice period: state how they were handled.");
            case RecognitionWorkflow.Refuse or RecognitionWorkflow.Decline:
                apply = a =>
                {
                    a.DecisionReason = comment;
                    a.DecidedAt = clock.GetUtcNow().UtcDateTime;
                    if (a.State == RecognitionWorkflow.PublicNotice)
                    {
                        a.NoticeEndsOn = a.DueDate;
                    }
                };
                break;
        }

        if (transition == RecognitionWorkflow.Recognize)
        {
            await RecognizeAsync(actor, application, expectedVersion, comment, cancellationToken);
        }
        else
        {
            await engine.FireAsync(db, workflow.Definition, application, transition, actor, expectedVersion, comment, apply, cancellationToken);
        }

        return await GetAsync(actor, id, cancellationToken);
    }

    /// <summary>Records an objection received during the notice period (office staff).</summary>
    public async Task<ApplicationView> RecordObjectionAsync(Actor actor, Guid id, DateOnly? receivedOn, string? objector, string? content, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOfficeLevel)
        {
            throw new ForbiddenException("只有市知识产权局工作人员可以登记异议。", "Only office staff may record objections.");
        }

        var application = await db.TimeHonoredApplications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFound();
        if (application.State != RecognitionWorkflow.PublicNotice)
        {
            throw new ConflictException("只能在公示期内登记异议。", "Objections can be recorded only during the public notice period.");
        }

        var errors = new List<FieldError>();
        objector = objector?.Trim();
        content = content?.Trim();
        if (string.IsNullOrEmpty(objector) || objector.Length > 200)
        {
            errors.Add(new FieldError("objector", "请填写异议人（最多 200 字）。", "Enter who objected (at most 200 characters)."));
        }

        if (string.IsNullOrEmpty(content) || content.Length > 4000)
        {
            errors.Add(new FieldError("content", "请填写异议内容（最多 4000 字）。", "Enter the objection (at most 4,000 characters)."));
        }

        var day = receivedOn ?? engine.Today;
        if (application.NoticeStartedOn is { } start && (day < start || day > engine.Today))
        {
            errors.Add(new FieldError("receivedOn", "收到日期须在公示开始之后、且不晚于今天。", "The date received must be after the notice began and not in the future."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var objection = new TimeHonoredObjection
        {
            ApplicationId = id,
            ReceivedOn = day,
            Objector = objector!,
            Content = content!,
            RecordedBy = actor.Name,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.TimeHonoredObjections.Add(objection);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("time-honored.objection", "time-honored-recognition", id.ToString("D"), After: new { objection.ReceivedOn, objection.Objector, objection.Content }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(actor, id, cancellationToken);
    }

    /// <summary>Applications now under public notice: open to everyone.</summary>
    public async Task<IReadOnlyList<NoticeView>> ListNoticesAsync(CancellationToken cancellationToken = default)
    {
        var list = await db.TimeHonoredApplications.AsNoTracking().Where(a => a.State == RecognitionWorkflow.PublicNotice).ToListAsync(cancellationToken);
        return list
            .OrderBy(a => a.Brand, ChineseCollation.Comparer)
            .Select(a => new NoticeView(a.Id, a.Brand, a.EnterpriseName, a.FoundedYear, a.DistrictCode, a.Trademarks, a.NoticeStartedOn ?? engine.Today, a.DueDate ?? engine.Today))
            .ToList();
    }

    public static string StateName(string state) =>
        RecognitionWorkflow.StateNames.TryGetValue(state, out var name) ? (UiCulture.IsCurrentChinese ? name.Zh : name.En) : state;

    public static string TransitionName(string transition) =>
        RecognitionWorkflow.TransitionNames.TryGetValue(transition, out var name) ? (UiCulture.IsCurrentChinese ? name.Zh : name.En) : transition;

    /// <summary>The recognition and its list entry in one transaction: both or neither.</summary>
    private async Task RecognizeAsync(Actor actor, TimeHonoredApplication application, int expectedVersion, string? comment, CancellationToken cancellationToken)
    {
        var registry = TimeHonoredBrand.Registry;
        var brand = new TimeHonoredBrand
        {
            Id = Guid.NewGuid(),
            Version = 1,
            Brand = application.Brand,
            EnterpriseName = application.EnterpriseName,
            CreditCode = application.CreditCode,
            FoundedYear = application.FoundedYear,
            RecognizedOn = engine.Today,
            Trademarks = application.Trademarks,
            DistrictCode = application.DistrictCode,
            Note = "经津IP平台认定程序认定",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            UpdatedAt = clock.GetUtcNow().UtcDateTime,
        };
        brand.SearchText = registry.SearchTextOf(brand);
        if (await db.TimeHonoredBrands.AnyAsync(b => b.Brand == brand.Brand && b.EnterpriseName == brand.EnterpriseName, cancellationToken))
        {
            throw new ConflictException("津门老字号名录中已有该企业的该品牌。", "The 津门老字号 list already holds this brand of this enterprise.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.TimeHonoredBrands.Add(brand);
        await engine.FireAsync(db, workflow.Definition, application, RecognitionWorkflow.Recognize, actor, expectedVersion, comment, a =>
        {
            a.BrandRecordId = brand.Id;
            a.NoticeEndsOn = a.DueDate;
            a.DecisionReason = comment;
            a.DecidedAt = clock.GetUtcNow().UtcDateTime;
        }, cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("registry.create", "registry." + registry.Key, brand.Id.ToString("D"), After: registry.View(brand).Values) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private IQueryable<TimeHonoredApplication> Visible(Actor actor)
    {
        var all = db.TimeHonoredApplications;
        if (actor.IsInRole(Roles.Expert))
        {
            var expert = actor.UserId;
            return all.Where(a => a.State == RecognitionWorkflow.ExpertReview || a.ExpertUserId == expert);
        }

        return all.VisibleTo(actor);
    }

    private TimeHonoredApplication Validate(ApplicationInput input)
    {
        var errors = new List<FieldError>();
        string? Text(string field, string? value, string zh, string en, int max, int min = 1)
        {
            var text = value?.Trim();
            if (string.IsNullOrEmpty(text) || text.Length < min)
            {
                errors.Add(new FieldError(field, min > 1 ? $"请填写{zh}（至少 {min} 字）。" : $"请填写{zh}。", min > 1 ? $"Enter the {en} (at least {min} characters)." : $"Enter the {en}."));
                return null;
            }

            if (text.Length > max)
            {
                errors.Add(new FieldError(field, $"{zh}最多 {max} 字。", $"The {en} may have at most {max} characters."));
                return null;
            }

            return text;
        }

        var enterprise = Text(nameof(ApplicationInput.EnterpriseName), input.EnterpriseName, "企业名称", "enterprise name", 200);
        var brand = Text(nameof(ApplicationInput.Brand), input.Brand, "品牌", "brand", 100);
        var trademarks = Text(nameof(ApplicationInput.Trademarks), input.Trademarks, "注册商标", "registered trademarks", 1000);
        var history = Text(nameof(ApplicationInput.History), input.History, "品牌历史沿革", "brand history", 8000, min: 50);

        string? creditCode = null;
        if (string.IsNullOrWhiteSpace(input.CreditCode))
        {
            errors.Add(new FieldError(nameof(ApplicationInput.CreditCode), "请填写统一社会信用代码。", "Enter the unified social credit code."));
        }
        else if ((creditCode = Validation.UnifiedSocialCreditCode.Normalize(input.CreditCode)) is null)
        {
            errors.Add(new FieldError(nameof(ApplicationInput.CreditCode), "统一社会信用代码无效（GB 32100-2015：18 位，末位校验码不符）。", "The unified social credit code is not valid (GB 32100-2015: 18 characters with a check character)."));
        }

        var latest = RecognitionCriteria.LatestFoundingYear(engine.Today.Year);
        if (input.FoundedYear is not { } founded)
        {
            errors.Add(new FieldError(nameof(ApplicationInput.FoundedYear), "请填写品牌创立年份。", "Enter the year the brand was founded."));
        }
        else if (founded < 600 || founded > engine.Today.Year)
        {
            errors.Add(new FieldError(nameof(ApplicationInput.FoundedYear), "创立年份无效。", "The founding year is not valid."));
        }
        else if (founded > latest)
        {
            errors.Add(new FieldError(
                nameof(ApplicationInput.FoundedYear),
                $"津门老字号要求品牌创立 {RecognitionCriteria.MinimumHistoryYears} 年以上，即创立于 {latest} 年或更早。",
                $"A 津门老字号 brand must be at least {RecognitionCriteria.MinimumHistoryYears} years old, i.e. founded in {latest} or earlier."));
        }

        string? district = null;
        if (!string.IsNullOrWhiteSpace(input.District)
            && Cells.District(new ColumnText(nameof(ApplicationInput.District), "所在区", "District"), input.District, false, out district) is { } districtError)
        {
            errors.Add(districtError);
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        return new TimeHonoredApplication
        {
            EnterpriseName = enterprise!,
            CreditCode = creditCode!,
            Brand = brand!,
            FoundedYear = input.FoundedYear!.Value,
            DistrictCode = district,
            Trademarks = trademarks!,
            History = history!,
        };
    }

    private static Dictionary<string, int> CheckScores(IReadOnlyDictionary<string, int>? scores)
    {
        var errors = new List<FieldError>();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var criterion in RecognitionCriteria.All)
        {
            if (scores is null || !scores.TryGetValue(criterion.Key, out var points))
            {
                errors.Add(new FieldError("scores." + criterion.Key, $"请为“{criterion.NameZh}”评分。", $"Score '{criterion.NameEn}'."));
            }
            else if (points < 0 || points > criterion.MaxPoints)
            {
                errors.Add(new FieldError("scores." + criterion.Key, $"“{criterion.NameZh}”的得分须在 0 到 {criterion.MaxPoints} 之间。", $"'{criterion.NameEn}' takes 0 to {criterion.MaxPoints} points."));
            }
            else
            {
                result[criterion.Key] = points;
            }
        }

        foreach (var unknown in scores?.Keys.Where(k => RecognitionCriteria.All.All(c => c.Key != k)) ?? [])
        {
            errors.Add(new FieldError("scores." + unknown, $"未知的评分项“{unknown}”。", $"Unknown criterion '{unknown}'."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        return result;
    }

    private ApplicationView View(Actor actor, TimeHonoredApplication a, List<WorkflowHistoryEntry> steps)
    {
        var available = workflow.Definition.Available(a, actor.Roles)
            .Where(t => t.Name != RecognitionWorkflow.Withdraw || a.OwnerOrganizationId == actor.OrganizationId)
            .Select(t => t.Name)
            .ToList();
        return new ApplicationView(
            a.Id,
            a.Version,
            a.State,
            a.EnterpriseName,
            a.CreditCode,
            a.Brand,
            a.FoundedYear,
            a.DistrictCode,
            a.Trademarks,
            a.History,
            a.ApplicantName,
            a.SubmittedAt,
            a.DueDate,
            engine.WorkingDaysLeft(a),
            a.ScoresJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, int>>(a.ScoresJson),
            a.ScoreTotal,
            a.ExpertComment,
            a.NoticeStartedOn,
            a.State == RecognitionWorkflow.PublicNotice ? a.DueDate : a.NoticeEndsOn,
            a.DecisionReason,
            a.Attachments.OrderBy(f => f.Id).Select(f => new ApplicationAttachment(f.AttachmentId, f.FileName, f.Size)).ToList(),
            a.Objections.OrderBy(o => o.ReceivedOn).ThenBy(o => o.Id).Select(o => new Objection(o.ReceivedOn, o.Objector, o.Content, o.RecordedBy, o.RecordedAt)).ToList(),
            steps.Select(s => new ApplicationStep(s.Transition, s.FromState, s.ToState, s.ActorName, s.At, s.Comment)).ToList(),
            available);
    }

    private static NotFoundException NotFound() => new("申请不存在或您无权查看。", "The application does not exist or you may not see it.");
}
