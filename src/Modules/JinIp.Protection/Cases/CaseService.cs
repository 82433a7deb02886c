using System.Globalization;
using JinIp.Platform.Attachments;
using JinIp.Platform.Audit;
using JinIp.Platform.Calendar;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Platform.Notifications;
using JinIp.Platform.Workflow;
using JinIp.Protection.Data;
using JinIp.Protection.Referrals;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Protection.Cases;

/// <summary>
/// Enforcement cases: opening, the workflow per type, triage, amounts and the prosecution-threshold alert,
/// time-limit extensions, transfers between units and the evidence files. Who sees a case: the office all;
/// the handling unit, units it passed through by transfer, the unit it was referred to and the
/// procuratorate (for referred cases); a district office the cases of its district. Anyone else gets 404.
/// </summary>
public sealed class CaseService
{
    public const string EvidencePurpose = "protection.evidence";

    private readonly ProtectionDbContext _db;
    private readonly WorkflowEngine _engine;
    private readonly CaseWorkflows _workflows;
    private readonly CaseRules _rules;
    private readonly ProsecutionThresholds _thresholds;
    private readonly ProtectionDirectory _directory;
    private readonly AttachmentStore _attachments;
    private readonly IAuditLog _audit;
    private readonly Notifier _notifier;
    private readonly TimeProvider _clock;
    private readonly WorkingCalendar _calendar;

    internal CaseService(
        ProtectionDbContext db,
        WorkflowEngine engine,
        CaseWorkflows workflows,
        CaseRules rules,
        ProsecutionThresholds thresholds,
        ProtectionDirectory directory,
        AttachmentStore attachments,
        IAuditLog audit,
        Notifier notifier,
        TimeProvider clock,
        WorkingCalendar calendar)
    {
        _calendar = calendar;
        _db = db;
        _engine = engine;
        _workflows = workflows;
        _rules = rules;
        _thresholds = thresholds;
        _directory = directory;
        _attachments = attachments;
        _audit = audit;
        _notifier = notifier;
        _clock = clock;
    }

    public CaseRules Rules => _rules;

    public ProsecutionThresholds Thresholds => _thresholds;

    public DateOnly Today => _engine.Today;

    public static bool IsCaseStaff(Actor actor) => actor.IsAuthenticated && CaseWorkflows.Handlers.Any(actor.IsInRole);

    public async Task<IReadOnlyList<CaseSummary>> ListAsync(Actor actor, CaseFilter filter, CancellationToken ct = default)
    {
        var query = await VisibleAsync(actor, ct);
        if (filter.CaseType is { } type)
        {
            query = query.Where(c => c.CaseType == type);
        }

        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            query = query.Where(c => c.State == filter.State);
        }

        if (!string.IsNullOrWhiteSpace(filter.DistrictCode))
        {
            query = query.Where(c => c.DistrictCode == filter.DistrictCode);
        }

        if (filter.OverdueOnly)
        {
            var today = Today;
            query = query.Where(c => c.DueDate != null && c.DueDate < today);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            var key = Matching.InfringerKey(text);
            query = query.Where(c => c.CaseNumber.Contains(text) || c.Title.Contains(text) || c.InfringerKey.Contains(key) || (c.RightNumber != null && c.RightNumber.Contains(text)));
        }

        var cases = await query.AsNoTracking().OrderByDescending(c => c.OpenedAt).Take(500).ToListAsync(ct);
        var units = await _directory.NamesAsync(cases.Select(c => c.HandlingOrganizationId), ct);
        return cases.Select(c => new CaseSummary(
            c.Id, c.CaseNumber, c.Title, c.CaseType, c.Source, c.CampaignName, c.RightType, c.InfringerName, c.DistrictCode, c.PlatformName,
            units.GetValueOrDefault(c.HandlingOrganizationId, ""), c.State, c.Complexity, c.OpenedAt, c.DueDate, _engine.WorkingDaysLeft(c), _engine.IsOverdue(c), c.ThresholdAlertedAt is not null))
            .ToList();
    }

    public async Task<CaseView> GetAsync(Actor actor, Guid id, CancellationToken ct = default) => await ViewAsync(actor, await LoadVisibleAsync(actor, id, tracked: false, ct), ct);

    /// <summary>Opens a case (立案) for the actor's unit, or for the unit the office chooses; its time limit starts today.</summary>
    public async Task<CaseView> CreateAsync(Actor actor, CaseInput input, CancellationToken ct = default)
    {
        var created = await CreateCoreAsync(actor, input, complaintId: null, evidence: [], ct);
        await AlertIfThresholdCrossedAsync(actor, created, ct);
        return await GetAsync(actor, created.Id, ct);
    }

    /// <summary>Creates the case in the caller's transaction if one is open; the caller raises the threshold alert after committing (notifications write to the platform database).</summary>
    internal async Task<ProtectionCase> CreateCoreAsync(Actor actor, CaseInput input, Guid? complaintId, IReadOnlyList<(Guid AttachmentId, string FileName, long Size)> evidence, CancellationToken ct)
    {
        RequireStaff(actor);
        var errors = Validate(input);
        var handling = input.HandlingOrganizationId ?? actor.OrganizationId;
        if (!actor.IsOfficeLevel && handling != actor.OrganizationId)
        {
            errors.Add(new FieldError(nameof(CaseInput.HandlingOrganizationId), "只能为本单位立案。", "You can open cases for your own unit only."));
        }
        else if (handling is null || !(await _directory.HandlingUnitsAsync(ct)).Any(u => u.Id == handling))
        {
            errors.Add(new FieldError(nameof(CaseInput.HandlingOrganizationId), "请选择承办单位。", "Choose the handling unit."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        var type = input.CaseType!.Value;
        var now = _clock.GetUtcNow().UtcDateTime;
        var parties = new List<CaseParty>
        {
            new() { Id = Guid.NewGuid(), Role = PartyRole.Respondent, Kind = PartyKind.Organization, Name = input.InfringerName!.Trim() },
        };
        if (!string.IsNullOrWhiteSpace(input.RightHolderName))
        {
            parties.Add(new() { Id = Guid.NewGuid(), Role = PartyRole.RightHolder, Kind = PartyKind.Organization, Name = input.RightHolderName.Trim() });
        }

        foreach (var other in Lines(input.OtherParties))
        {
            parties.Add(new() { Id = Guid.NewGuid(), Role = PartyRole.ThirdParty, Kind = PartyKind.Organization, Name = Cut(other, 200) });
        }

        var rights = new List<CaseRight>();
        var rightType = input.RightType!.Value;
        foreach (var number in new[] { input.RightNumber }.Concat(Lines(input.OtherRightNumbers)).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => Cut(n!.Trim(), 64)).Distinct(StringComparer.Ordinal))
        {
            rights.Add(new CaseRight { Id = Guid.NewGuid(), RightType = rightType, Number = number, NumberKey = Matching.RightNumberKey(number) });
        }

        var triage = _rules.Classify(Amount(input.IllegalBusinessVolume, input.IllegalGains), parties.Count, input.TechnicalComplexity);
        var subject = new ProtectionCase
        {
            Id = Guid.NewGuid(),
            CaseNumber = await NextNumberAsync(ct),
            CaseType = type,
            Source = input.Source!.Value,
            CampaignName = input.Source == CaseSource.Campaign ? input.CampaignName?.Trim() : null,
            ComplaintId = complaintId,
            Title = input.Title!.Trim(),
            Summary = input.Summary?.Trim(),
            RightType = rightType,
            RightNumber = input.RightNumber?.Trim(),
            RightNumberKey = Matching.RightNumberKey(input.RightNumber),
            ProductCategory = input.ProductCategory?.Trim(),
            InfringerName = input.InfringerName!.Trim(),
            InfringerKey = Matching.InfringerKey(input.InfringerName),
            DistrictCode = string.IsNullOrWhiteSpace(input.DistrictCode) ? null : input.DistrictCode,
            PlatformName = string.IsNullOrWhiteSpace(input.PlatformName) ? null : input.PlatformName.Trim(),
            HandlingOrganizationId = handling!.Value,
            State = CaseStates.Registered,
            OpenedAt = now,
            IllegalBusinessVolume = input.IllegalBusinessVolume,
            IllegalGains = input.IllegalGains,
            TechnicalComplexity = input.TechnicalComplexity,
            Complexity = triage.Complexity,
            TriageReason = triage.ReasonZh,
            CreatedByUserId = actor.UserId!.Value,
            Parties = parties,
            Rights = rights,
            Attachments = evidence.Select(e => new CaseAttachment { Id = Guid.NewGuid(), AttachmentId = e.AttachmentId, FileName = e.FileName, Size = e.Size, AddedAt = now }).ToList(),
        };
        await _engine.StartAsync(_db, _workflows.For(type), subject, actor, _rules.WorkingDaysFor(type, triage.Complexity), ct);
        await _audit.AppendAsync(_db, new AuditRecord("protection.case.open", "protection-case", subject.Id.ToString("D"), After: new { subject.CaseNumber, subject.CaseType, subject.Source, subject.CampaignName, subject.HandlingOrganizationId, subject.Complexity, subject.TriageReason, ComplaintId = complaintId }) { Actor = actor }, ct);
        return subject;
    }

    /// <summary>Fires a workflow step; a decision records the amounts (and may raise the threshold alert).</summary>
    public async Task<CaseView> FireAsync(Actor actor, Guid id, string action, CaseActionInput input, CancellationToken ct = default)
    {
        var subject = await LoadForActionAsync(actor, id, ct);
        var definition = _workflows.For(subject.CaseType);
        if (definition.Find(action) is null)
        {
            throw new ValidationException("action", $"该类案件没有“{action}”操作。", $"Cases of this type have no action '{action}'.");
        }

        var amountsBefore = (subject.IllegalBusinessVolume, subject.IllegalGains);
        switch (action)
        {
            case CaseActions.MediationAgreed:
                subject.MediationAgreement = Trimmed(input.MediationAgreement, 4000);
                subject.Outcome = "调解结案";
                break;
            case CaseActions.Decide:
                CheckAmounts(input);
                subject.DecisionText = Trimmed(input.DecisionText, 4000);
                subject.Fine = input.Fine ?? subject.Fine;
                subject.PunitiveDamages = input.PunitiveDamages ?? subject.PunitiveDamages;
                subject.IllegalBusinessVolume = input.IllegalBusinessVolume ?? subject.IllegalBusinessVolume;
                subject.IllegalGains = input.IllegalGains ?? subject.IllegalGains;
                subject.Outcome ??= subject.CaseType == CaseType.PatentInfringementDispute ? "行政裁决" : "行政处罚";
                break;
            case CaseActions.Terminate:
                subject.Outcome = "撤销立案/终止";
                break;
        }

        var closes = definition.Find(action)!.To == CaseStates.Closed;
        await _engine.FireAsync(_db, definition, subject, action, actor, input.Version, input.Comment, c =>
        {
            if (closes)
            {
                c.ClosedAt = _clock.GetUtcNow().UtcDateTime;
            }
        }, ct);
        if (action == CaseActions.Decide)
        {
            await _audit.AppendAsync(_db, new AuditRecord("protection.case.decision", "protection-case", subject.Id.ToString("D"), new { amountsBefore.IllegalBusinessVolume, amountsBefore.IllegalGains }, new { subject.IllegalBusinessVolume, subject.IllegalGains, subject.Fine, subject.PunitiveDamages }) { Actor = actor }, ct);
            await AlertIfThresholdCrossedAsync(actor, subject, ct);
        }

        if (closes && subject.ComplaintId is { } complaintId)
        {
            await _db.Complaints.Where(c => c.Id == complaintId).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Status, Intake.ComplaintStatus.Closed)
                .SetProperty(c => c.StatusChangedAt, _clock.GetUtcNow().UtcDateTime)
                .SetProperty(c => c.Version, c => c.Version + 1), ct);
        }

        return await GetAsync(actor, id, ct);
    }

    /// <summary>Records the amounts found in the investigation (非法经营额, 违法所得) and checks the thresholds.</summary>
    public async Task<CaseView> RecordAmountsAsync(Actor actor, Guid id, int version, decimal? illegalBusinessVolume, decimal? illegalGains, CancellationToken ct = default)
    {
        var subject = await LoadForActionAsync(actor, id, ct);
        CheckAmounts(new CaseActionInput { IllegalBusinessVolume = illegalBusinessVolume, IllegalGains = illegalGains });
        var before = new { subject.IllegalBusinessVolume, subject.IllegalGains };
        subject.IllegalBusinessVolume = illegalBusinessVolume;
        subject.IllegalGains = illegalGains;
        await SaveAsync(subject, version, new AuditRecord("protection.case.amounts", "protection-case", subject.Id.ToString("D"), before, new { illegalBusinessVolume, illegalGains }) { Actor = actor }, ct);
        await AlertIfThresholdCrossedAsync(actor, subject, ct);
        return await GetAsync(actor, id, ct);
    }

    /// <summary>Staff override of the triage result, with the reason (kept beside the rules' own reason).</summary>
    public async Task<CaseView> OverrideTriageAsync(Actor actor, Guid id, int version, CaseComplexity complexity, string? reason, CancellationToken ct = default)
    {
        var subject = await LoadForActionAsync(actor, id, ct);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ValidationException("reason", "请填写调整繁简分流的理由。", "Give the reason for changing the track.");
        }

        if (!CaseStates.Open.Contains(subject.State, StringComparer.Ordinal) || subject.State == CaseStates.Decided)
        {
            throw new ConflictException("案件已作出决定或已结案，不能再调整繁简分流。", "The case is decided or closed; its track can no longer change.");
        }

        var before = new { subject.Complexity, subject.TriageReason, subject.DueDate };
        var oldDays = _rules.WorkingDaysFor(subject.CaseType, subject.Complexity);
        var newDays = _rules.WorkingDaysFor(subject.CaseType, complexity);
        subject.Complexity = complexity;
        subject.TriageOverridden = true;
        subject.TriageReason = Cut($"人工调整为{ProtectionNames.Of(complexity).Zh}：{reason.Trim()}（规则结论：{_rules.Classify(Amount(subject.IllegalBusinessVolume, subject.IllegalGains), await _db.CaseParties.CountAsync(p => p.CaseId == id, ct), subject.TechnicalComplexity).ReasonZh}）", 1000);
        if (subject.DueDate is { } due && oldDays != newDays)
        {
            // The limit counts from registration: move the due date by the difference between the tracks.
            subject.DueDate = newDays > oldDays ? new WorkingCalendarShift(_calendar).Add(due, newDays - oldDays) : new WorkingCalendarShift(_calendar).Subtract(due, oldDays - newDays);
        }

        await SaveAsync(subject, version, new AuditRecord("protection.case.triage-override", "protection-case", subject.Id.ToString("D"), before, new { subject.Complexity, subject.TriageReason, subject.DueDate }) { Actor = actor }, ct);
        return await GetAsync(actor, id, ct);
    }

    /// <summary>Records an approved extension of the time limit, within the rule's maximum.</summary>
    public async Task<CaseView> ExtendAsync(Actor actor, Guid id, int version, int workingDays, string? reason, CancellationToken ct = default)
    {
        var subject = await LoadForActionAsync(actor, id, ct);
        var rule = _rules.TimeLimitFor(subject.CaseType);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new FieldError("reason", "请填写延长期限的理由（经负责人批准）。", "Give the reason for the extension (approved by the head)."));
        }

        if (workingDays <= 0)
        {
            errors.Add(new FieldError("workingDays", "延长的工作日数须大于 0。", "The extension must be at least one working day."));
        }
        else if (subject.ExtendedWorkingDays + workingDays > rule.MaxExtensionWorkingDays)
        {
            errors.Add(new FieldError(
                "workingDays",
                $"延长合计不得超过 {rule.MaxExtensionWorkingDays} 个工作日（已延长 {subject.ExtendedWorkingDays} 个）。依据：{rule.Rule}",
                $"Extensions may total at most {rule.MaxExtensionWorkingDays} working days ({subject.ExtendedWorkingDays} used). Rule: {rule.RuleEn}"));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        if (subject.DueDate is not { } due)
        {
            throw new ConflictException("该案件当前没有在计的办案期限。", "No time limit is running for this case.");
        }

        var after = new WorkingCalendarShift(_calendar).Add(due, workingDays);
        _db.CaseExtensions.Add(new CaseExtension
        {
            Id = Guid.NewGuid(),
            CaseId = subject.Id,
            WorkingDays = workingDays,
            Reason = Cut(reason!.Trim(), 1000),
            ApprovedBy = actor.Name,
            At = _clock.GetUtcNow().UtcDateTime,
            DueDateBefore = due,
            DueDateAfter = after,
        });
        subject.DueDate = after;
        subject.ExtendedWorkingDays += workingDays;
        await SaveAsync(subject, version, new AuditRecord("protection.case.extend", "protection-case", subject.Id.ToString("D"), new { DueDate = due }, new { DueDate = after, workingDays, Reason = reason }) { Actor = actor }, ct);
        return await GetAsync(actor, id, ct);
    }

    /// <summary>Hands the case to another unit (移送/指定管辖); the old unit keeps read access through the transfer record.</summary>
    public async Task<CaseView> TransferAsync(Actor actor, Guid id, int version, Guid toOrganizationId, string? reason, CancellationToken ct = default)
    {
        var subject = await LoadForActionAsync(actor, id, ct);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new FieldError("reason", "请填写移送理由。", "Give the reason for the transfer."));
        }

        if (toOrganizationId == subject.HandlingOrganizationId || !(await _directory.HandlingUnitsAsync(ct)).Any(u => u.Id == toOrganizationId))
        {
            errors.Add(new FieldError("toOrganizationId", "请选择另一个承办单位。", "Choose another handling unit."));
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        if (subject.State == CaseStates.Closed)
        {
            throw new ConflictException("已结案的案件不能移送。", "A closed case cannot be transferred.");
        }

        var from = subject.HandlingOrganizationId;
        _db.CaseTransfers.Add(new CaseTransfer
        {
            Id = Guid.NewGuid(),
            CaseId = subject.Id,
            FromOrganizationId = from,
            ToOrganizationId = toOrganizationId,
            Reason = Cut(reason!.Trim(), 1000),
            TransferredBy = actor.Name,
            At = _clock.GetUtcNow().UtcDateTime,
        });
        subject.HandlingOrganizationId = toOrganizationId;
        await SaveAsync(subject, version, new AuditRecord("protection.case.transfer", "protection-case", subject.Id.ToString("D"), new { HandlingOrganizationId = from }, new { HandlingOrganizationId = toOrganizationId, Reason = reason }) { Actor = actor }, ct);
        var recipients = await _directory.UsersOfAsync([toOrganizationId], ct);
        await _notifier.SendAsync(recipients.ToList(), new NotificationMessage(
            "protection.case.transfer",
            $"案件移送：{subject.CaseNumber}",
            $"Case transferred: {subject.CaseNumber}",
            $"{actor.Name} 将案件“{subject.Title}”移送贵单位办理。理由：{reason}",
            $"{actor.Name} transferred the case '{subject.Title}' to your unit. Reason: {reason}",
            $"/Protection/Cases/Detail/{subject.Id:D}"), ct);
        return await ViewAsync(actor, subject, ct);
    }

    /// <summary>Adds an evidence file to the case (staff of the handling unit).</summary>
    public async Task<CaseFileView> AddFileAsync(Actor actor, Guid id, Stream content, string fileName, CancellationToken ct = default)
    {
        var subject = await LoadForActionAsync(actor, id, ct);
        var count = await _db.CaseAttachments.CountAsync(a => a.CaseId == id, ct);
        if (count >= 50)
        {
            throw new ValidationException("file", "每个案件最多 50 个证据文件。", "A case holds at most 50 evidence files.");
        }

        var attachment = await _attachments.SaveAsync(content, fileName, EvidencePurpose, UploadRules.Documents, actor, ct);
        var file = new CaseAttachment { Id = Guid.NewGuid(), CaseId = subject.Id, AttachmentId = attachment.Id, FileName = attachment.FileName, Size = attachment.Size, AddedAt = _clock.GetUtcNow().UtcDateTime };
        _db.CaseAttachments.Add(file);
        await _db.SaveChangesAsync(ct);
        await _audit.AppendAsync(_db, new AuditRecord("protection.case.file-add", "protection-case", subject.Id.ToString("D"), After: new { attachment.Id, attachment.FileName }) { Actor = actor }, ct);
        return new CaseFileView(attachment.Id, file.FileName, file.Size, file.AddedAt);
    }

    /// <summary>Opens an evidence file of a case the reader may see (the receiving unit of a referral included); audited.</summary>
    public async Task<(string FileName, string ContentType, Stream Content)> OpenFileAsync(Actor actor, Guid id, Guid attachmentId, CancellationToken ct = default)
    {
        var subject = await LoadVisibleAsync(actor, id, tracked: false, ct);
        if (!await _db.CaseAttachments.AnyAsync(a => a.CaseId == subject.Id && a.AttachmentId == attachmentId, ct))
        {
            throw NotFound();
        }

        var (attachment, content) = await _attachments.OpenForRecordAsync(attachmentId, EvidencePurpose, actor, ct);
        await _audit.AppendAsync(_db, new AuditRecord("protection.case.file-read", "protection-case", subject.Id.ToString("D"), After: new { AttachmentId = attachmentId, attachment.FileName }) { Actor = actor }, ct);
        return (attachment.FileName, attachment.ContentType, content);
    }

    internal async Task<ProtectionCase> LoadVisibleAsync(Actor actor, Guid id, bool tracked, CancellationToken ct)
    {
        var query = await VisibleAsync(actor, ct);
        if (!tracked)
        {
            query = query.AsNoTracking();
        }

        return await query.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw NotFound();
    }

    /// <summary>A case the actor may change: visible, and the actor is office-level or of the handling unit.</summary>
    internal async Task<ProtectionCase> LoadForActionAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var subject = await LoadVisibleAsync(actor, id, tracked: true, ct);
        if (!CanAct(actor, subject))
        {
            throw new ForbiddenException("只有承办单位可以办理该案件。", "Only the handling unit may act on this case.");
        }

        return subject;
    }

    internal static bool CanAct(Actor actor, ProtectionCase subject) =>
        IsCaseStaff(actor) && (actor.IsOfficeLevel || subject.HandlingOrganizationId == actor.OrganizationId);

    /// <summary>The cases the actor may see (see the class summary).</summary>
    internal async Task<IQueryable<ProtectionCase>> VisibleAsync(Actor actor, CancellationToken ct)
    {
        IQueryable<ProtectionCase> cases = _db.Cases;
        if (!actor.IsAuthenticated || actor.OrganizationId is not { } org || !IsCaseStaff(actor))
        {
            return cases.Where(_ => false);
        }

        if (actor.IsOfficeLevel)
        {
            return cases;
        }

        var procurator = await _directory.IsProcuratorAsync(actor, ct);
        var district = actor.IsInRole(Roles.DistrictOffice) ? actor.DistrictCode : null;
        var transfers = _db.CaseTransfers;
        var referrals = _db.Referrals;
        return cases.Where(c =>
            c.HandlingOrganizationId == org
            || (district != null && c.DistrictCode == district)
            || transfers.Any(t => t.CaseId == c.Id && (t.FromOrganizationId == org || t.ToOrganizationId == org))
            || referrals.Any(r => r.CaseId == c.Id && (r.ToOrganizationId == org || r.FromOrganizationId == org || procurator)));
    }

    internal async Task AlertIfThresholdCrossedAsync(Actor actor, ProtectionCase subject, CancellationToken ct)
    {
        if (subject.ThresholdAlertedAt is not null || _thresholds.CrossedBy(subject.CaseType, subject.IllegalBusinessVolume, subject.IllegalGains) is not { } rule)
        {
            return;
        }

        subject.ThresholdAlertedAt = _clock.GetUtcNow().UtcDateTime;
        subject.ThresholdAlertRule = Cut(rule.Describe(), 500);
        await _db.SaveChangesAsync(ct);
        await _audit.AppendAsync(_db, new AuditRecord("protection.case.threshold-alert", "protection-case", subject.Id.ToString("D"), After: new { subject.IllegalBusinessVolume, subject.IllegalGains, Rule = subject.ThresholdAlertRule }) { Actor = actor }, ct);
        var office = await _directory.OfficeAsync(ct);
        var recipients = await _directory.UsersOfAsync(office is { } o ? [subject.HandlingOrganizationId, o] : [subject.HandlingOrganizationId], ct);
        await _notifier.SendAsync(recipients.ToList(), new NotificationMessage(
            "protection.threshold",
            $"涉嫌犯罪预警：{subject.CaseNumber}",
            $"Possible crime: {subject.CaseNumber}",
            $"案件“{subject.Title}”的涉案金额（非法经营额 {subject.IllegalBusinessVolume:N2} 元，违法所得 {subject.IllegalGains:N2} 元）已达到刑事立案追诉标准：{rule.Describe()}。请依法研究移送公安机关。",
            $"The amounts of case '{subject.Title}' (illegal business volume {subject.IllegalBusinessVolume:N2} yuan, illegal gains {subject.IllegalGains:N2} yuan) reach the prosecution threshold: {rule.Crime}. Consider referring it to public security.",
            $"/Protection/Cases/Detail/{subject.Id:D}"), ct);
    }

    private async Task SaveAsync(ProtectionCase subject, int version, AuditRecord record, CancellationToken ct)
    {
        if (subject.Version != version)
        {
            throw Stale();
        }

        _db.Entry(subject).Property(s => s.Version).OriginalValue = version;
        subject.Version = version + 1;
        await using var transaction = _db.Database.CurrentTransaction is null ? await _db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw Stale(ex);
        }

        await _audit.AppendAsync(_db, record, ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
    }

    private async Task<CaseView> ViewAsync(Actor actor, ProtectionCase c, CancellationToken ct)
    {
        var parties = await _db.CaseParties.AsNoTracking().Where(p => p.CaseId == c.Id).ToListAsync(ct);
        var rights = await _db.CaseRights.AsNoTracking().Where(r => r.CaseId == c.Id).ToListAsync(ct);
        var files = await _db.CaseAttachments.AsNoTracking().Where(a => a.CaseId == c.Id).OrderBy(a => a.AddedAt).ToListAsync(ct);
        var extensions = await _db.CaseExtensions.AsNoTracking().Where(x => x.CaseId == c.Id).OrderBy(x => x.At).ToListAsync(ct);
        var transfers = await _db.CaseTransfers.AsNoTracking().Where(x => x.CaseId == c.Id).OrderBy(x => x.At).ToListAsync(ct);
        var referrals = await _db.Referrals.AsNoTracking().Where(x => x.CaseId == c.Id).OrderBy(x => x.ReferredAt).ToListAsync(ct);
        var steps = await _db.WorkflowHistory.AsNoTracking().Where(h => h.SubjectId == c.Id).OrderBy(h => h.At).ThenBy(h => h.Id).ToListAsync(ct);
        var units = await _directory.NamesAsync(
            transfers.SelectMany(t => new[] { t.FromOrganizationId, t.ToOrganizationId }).Concat(referrals.Select(r => r.ToOrganizationId)).Append(c.HandlingOrganizationId), ct);
        var canAct = CanAct(actor, c);
        var rule = _rules.TimeLimitFor(c.CaseType);
        var available = canAct
            ? _workflows.For(c.CaseType).Transitions
                .Where(t => t.From.Contains(c.State, StringComparer.Ordinal) && t.Roles.Any(actor.IsInRole))
                .Select(t => t.Name).ToList()
            : [];
        return new CaseView(
            c.Id, c.Version, c.CaseNumber, c.Title, c.Summary, c.CaseType, c.Source, c.CampaignName, c.ComplaintId, c.RightType, c.RightNumber, c.ProductCategory,
            c.InfringerName, c.DistrictCode, c.PlatformName, c.HandlingOrganizationId, units.GetValueOrDefault(c.HandlingOrganizationId, ""), c.State, c.OpenedAt, c.ClosedAt,
            c.DueDate, _engine.WorkingDaysLeft(c), _engine.IsOverdue(c), c.ExtendedWorkingDays, Math.Max(0, rule.MaxExtensionWorkingDays - c.ExtendedWorkingDays), rule,
            c.IllegalBusinessVolume, c.IllegalGains, c.Fine, c.PunitiveDamages, c.TechnicalComplexity, c.Complexity, c.TriageReason, c.TriageOverridden,
            c.MediationAgreement, c.DecisionText, c.Outcome, c.ThresholdAlertedAt, c.ThresholdAlertRule, canAct,
            parties.OrderBy(p => p.Role).Select(p => new PartyView(p.Role, p.Kind, p.Name, p.CreditCode, p.Address)).ToList(),
            rights.Select(r => new RightView(r.RightType, r.Number, r.Title, r.RightType == RightType.Patent ? r.NumberKey : null)).ToList(),
            files.Select(f => new CaseFileView(f.AttachmentId, f.FileName, f.Size, f.AddedAt)).ToList(),
            extensions.Select(x => new ExtensionView(x.WorkingDays, x.Reason, x.ApprovedBy, x.At, x.DueDateBefore, x.DueDateAfter)).ToList(),
            transfers.Select(x => new TransferView(units.GetValueOrDefault(x.FromOrganizationId, ""), units.GetValueOrDefault(x.ToOrganizationId, ""), x.Reason, x.TransferredBy, x.At)).ToList(),
            referrals.Select(x => new CaseReferralView(x.Id, units.GetValueOrDefault(x.ToOrganizationId, ""), x.Status, x.ReferredAt, x.AnswerNote)).ToList(),
            steps.Select(h => new CaseStep(h.Transition, h.FromState, h.ToState, h.ActorName, h.At, h.Comment)).ToList(),
            available);
    }

    private async Task<string> NextNumberAsync(CancellationToken ct)
    {
        var year = _engine.Today.Year;
        var prefix = string.Create(CultureInfo.InvariantCulture, $"津知保〔{year}〕");
        var count = await _db.Cases.CountAsync(c => c.CaseNumber.StartsWith(prefix), ct);
        // REVIEW: two cases opened in the same instant may draw the same number; the unique index refuses the second (409 on retry by the user).
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{count + 1:D4}号");
    }

    private static List<FieldError> Validate(CaseInput input)
    {
        var errors = new List<FieldError>();
        if (input.CaseType is null || !Enum.IsDefined(input.CaseType.Value))
        {
            errors.Add(new FieldError(nameof(CaseInput.CaseType), "请选择案件类型。", "Choose the case type."));
        }

        if (input.Source is null || !Enum.IsDefined(input.Source.Value))
        {
            errors.Add(new FieldError(nameof(CaseInput.Source), "请选择案件来源。", "Choose the source."));
        }
        else if (input.Source == CaseSource.Campaign && string.IsNullOrWhiteSpace(input.CampaignName))
        {
            errors.Add(new FieldError(nameof(CaseInput.CampaignName), "专项行动来源的案件须填写行动名称（如 剑网2026）。", "Name the campaign (e.g. 剑网2026)."));
        }

        if (input.RightType is null || !Enum.IsDefined(input.RightType.Value))
        {
            errors.Add(new FieldError(nameof(CaseInput.RightType), "请选择权利类型。", "Choose the right type."));
        }

        Required(errors, input.Title, nameof(CaseInput.Title), "案由/标题", "title", 200);
        Required(errors, input.InfringerName, nameof(CaseInput.InfringerName), "被请求人/当事人", "respondent", 200);
        Optional(errors, input.Summary, nameof(CaseInput.Summary), 4000);
        Optional(errors, input.RightNumber, nameof(CaseInput.RightNumber), 64);
        Optional(errors, input.ProductCategory, nameof(CaseInput.ProductCategory), 100);
        Optional(errors, input.PlatformName, nameof(CaseInput.PlatformName), 100);
        Optional(errors, input.CampaignName, nameof(CaseInput.CampaignName), 50);
        Optional(errors, input.RightHolderName, nameof(CaseInput.RightHolderName), 200);
        if (!string.IsNullOrWhiteSpace(input.DistrictCode) && TianjinDistricts.NameOf(input.DistrictCode) is null)
        {
            errors.Add(new FieldError(nameof(CaseInput.DistrictCode), "请选择天津市的区。", "Choose a Tianjin district."));
        }

        if (input.TechnicalComplexity is < 0 or > 3)
        {
            errors.Add(new FieldError(nameof(CaseInput.TechnicalComplexity), "技术复杂度为 0–3。", "Technical complexity is 0 to 3."));
        }

        if (input.IllegalBusinessVolume is < 0 or > 1e12m || input.IllegalGains is < 0 or > 1e12m)
        {
            errors.Add(new FieldError(nameof(CaseInput.IllegalBusinessVolume), "金额须为 0 至 1 万亿元之间。", "Amounts must be between 0 and 10^12 yuan."));
        }

        return errors;
    }

    private static void CheckAmounts(CaseActionInput input)
    {
        foreach (var (value, field) in new[] { (input.Fine, "Fine"), (input.PunitiveDamages, "PunitiveDamages"), (input.IllegalBusinessVolume, "IllegalBusinessVolume"), (input.IllegalGains, "IllegalGains") })
        {
            if (value is < 0 or > 1e12m)
            {
                throw new ValidationException(field, "金额须为 0 至 1 万亿元之间。", "Amounts must be between 0 and 10^12 yuan.");
            }
        }
    }

    private static void Required(List<FieldError> errors, string? value, string field, string zh, string en, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, $"请填写{zh}。", $"Enter the {en}."));
        }
        else
        {
            Optional(errors, value, field, max);
        }
    }

    internal static void Optional(List<FieldError> errors, string? value, string field, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors.Add(new FieldError(field, $"最多 {max} 个字符。", $"At most {max} characters."));
        }
    }

    private static void RequireStaff(Actor actor)
    {
        if (!IsCaseStaff(actor) || actor.OrganizationId is null || actor.UserId is null)
        {
            throw new ForbiddenException("只有执法办案人员可以立案。", "Only enforcement staff may open cases.");
        }
    }

    private static decimal? Amount(decimal? volume, decimal? gains) => volume is null && gains is null ? null : Math.Max(volume ?? 0, gains ?? 0);

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Length > 0).Take(20);

    private static string? Trimmed(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : Cut(text.Trim(), max);

    internal static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    internal static NotFoundException NotFound() => new("案件不存在或您无权查看。", "The case does not exist or you may not see it.");

    private static ConflictException Stale(Exception? inner = null) => new(
        "该案件已被他人修改，请刷新后重试。",
        "This case was changed by someone else meanwhile; reload it and try again.",
        inner);
}

/// <summary>Moves a due date by working days on the platform calendar.</summary>
internal readonly struct WorkingCalendarShift(WorkingCalendar calendar)
{
    public DateOnly Add(DateOnly date, int workingDays) => calendar.AddWorkingDays(date, workingDays);

    public DateOnly Subtract(DateOnly date, int workingDays)
    {
        var day = date;
        var left = workingDays;
        while (left > 0)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }
}
