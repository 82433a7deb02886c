using System.Globalization;
using JinIp.Creation.Data;
using JinIp.Platform.Attachments;
using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Creation.Registrations;

/// <summary>
/// The copyright registration use cases: drafts, samples, the workflow, numbering and the public view.
/// Every method checks who is acting: an applicant sees and acts on their own organization's files only
/// (another's look the same as missing), reviewers are the office staff.
/// </summary>
public sealed class CopyrightRegistrations
{
    private readonly CreationDbContext _db;
    private readonly PlatformDbContext _platform;
    private readonly WorkflowEngine _engine;
    private readonly CopyrightWorkflow _workflow;
    private readonly AttachmentStore _attachments;
    private readonly IAuditLog _audit;
    private readonly TimeProvider _clock;
    private readonly CreationOptions _options;
    private readonly JinIp.Platform.Notifications.Notifier _notifier;

    internal CopyrightRegistrations(CreationDbContext db, PlatformDbContext platform, WorkflowEngine engine, CopyrightWorkflow workflow, AttachmentStore attachments, IAuditLog audit, TimeProvider clock, CreationOptions options, JinIp.Platform.Notifications.Notifier notifier)
    {
        _notifier = notifier;
        _db = db;
        _platform = platform;
        _engine = engine;
        _workflow = workflow;
        _attachments = attachments;
        _audit = audit;
        _clock = clock;
        _options = options;
    }

    public DateOnly Today => _workflow.Today;

    public static UploadRules SampleRules(long maxBytes) => new(maxBytes, new HashSet<string>(StringComparer.Ordinal)
    {
        ContentSniffer.Pdf, ContentSniffer.Png, ContentSniffer.Jpeg, ContentSniffer.Gif, ContentSniffer.Docx,
        ContentSniffer.Mp3, ContentSniffer.Mp4, ContentSniffer.PlainText,
    });

    public async Task<RegistrationView> CreateDraftAsync(Actor actor, RegistrationInput input, CancellationToken ct = default)
    {
        RequireApplicant(actor);
        Throw(RegistrationValidator.CheckWellFormed(input, Today));
        var organization = await _platform.Organizations.AsNoTracking().SingleAsync(o => o.Id == actor.OrganizationId, ct);
        var now = _clock.GetUtcNow().UtcDateTime;
        var registration = new CopyrightRegistration
        {
            Id = Guid.NewGuid(),
            OwnerOrganizationId = organization.Id,
            ApplicantUserId = actor.UserId!.Value,
            ApplicantName = organization.Name,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Apply(registration, input, organization.DistrictCode);
        await _engine.StartAsync(_db, _workflow.Definition, registration, actor, cancellationToken: ct);
        return await GetAsync(actor, registration.Id, ct);
    }

    /// <summary>Saves the form of a draft, or of a filing sent back for correction. <paramref name="version"/> is the one the user edited.</summary>
    public async Task<RegistrationView> SaveAsync(Actor actor, Guid id, int version, RegistrationInput input, CancellationToken ct = default)
    {
        var registration = await LoadAsync(actor, id, tracked: true, ct);
        RequireOwnApplicant(actor, registration);
        if (registration.State is not (RegistrationStates.Draft or RegistrationStates.Correction))
        {
            throw new ConflictException("该登记已提交，不能再修改。", "This filing has been submitted and can no longer be changed.");
        }

        if (registration.Version != version)
        {
            throw Stale();
        }

        Throw(RegistrationValidator.CheckWellFormed(input, Today));
        var before = Snapshot(registration);
        _db.RemoveRange(registration.Authors);
        _db.RemoveRange(registration.Owners);
        registration.Authors.Clear();
        registration.Owners.Clear();
        Apply(registration, input, registration.DistrictCode);
        registration.UpdatedAt = _clock.GetUtcNow().UtcDateTime;
        _db.Entry(registration).Property(r => r.Version).OriginalValue = version;
        registration.Version = version + 1;

        await using var transaction = await _db.Database.BeginTransactionAsync(ct);
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw Stale(ex);
        }

        await _audit.AppendAsync(_db, new AuditRecord("copyright.save", "copyright-registration", id.ToString("D"), before, Snapshot(registration)) { Actor = actor }, ct);
        await transaction.CommitAsync(ct);
        return await GetAsync(actor, id, ct);
    }

    /// <summary>
    /// Adds a sample file. The file is checked (type by content, size) before anything changes: a refused
    /// upload leaves the draft and its other samples as they were.
    /// </summary>
    public async Task<SampleView> AddSampleAsync(Actor actor, Guid id, Stream content, string fileName, CancellationToken ct = default)
    {
        var registration = await LoadAsync(actor, id, tracked: true, ct);
        RequireOwnApplicant(actor, registration);
        RequireEditable(registration);
        if (registration.Samples.Count >= _options.MaxSamples)
        {
            throw new ValidationException("samples", $"样本最多 {_options.MaxSamples} 个文件。", $"At most {_options.MaxSamples} sample files.");
        }

        var attachment = await _attachments.SaveAsync(content, fileName, "copyright.sample", SampleRules(_options.SampleMaxBytes), actor, ct);
        var sample = new CopyrightSample
        {
            Id = Guid.NewGuid(),
            RegistrationId = id,
            AttachmentId = attachment.Id,
            FileName = attachment.FileName,
            ContentType = attachment.ContentType,
            Size = attachment.Size,
            UploadedAt = _clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await _db.Database.BeginTransactionAsync(ct);
        _db.Samples.Add(sample);
        await _db.SaveChangesAsync(ct);
        await _audit.AppendAsync(_db, new AuditRecord("copyright.sample-added", "copyright-registration", id.ToString("D"), After: new { sample.FileName, sample.ContentType, sample.Size, sample.AttachmentId }) { Actor = actor }, ct);
        await transaction.CommitAsync(ct);
        return new SampleView(sample.Id, sample.AttachmentId, sample.FileName, sample.ContentType, sample.Size);
    }

    /// <summary>Removes a sample (by its own id) from a draft or a correction of the caller's organization.</summary>
    public async Task RemoveSampleAsync(Actor actor, Guid sampleId, CancellationToken ct = default)
    {
        var registrationId = await _db.Samples.Where(s => s.Id == sampleId).Select(s => (Guid?)s.RegistrationId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("样本文件不存在。", "The sample file does not exist.");
        var registration = await LoadAsync(actor, registrationId, tracked: true, ct);
        RequireOwnApplicant(actor, registration);
        RequireEditable(registration);
        var sample = registration.Samples.Single(s => s.Id == sampleId);
        await using var transaction = await _db.Database.BeginTransactionAsync(ct);
        _db.Samples.Remove(sample);
        await _db.SaveChangesAsync(ct);
        await _audit.AppendAsync(_db, new AuditRecord("copyright.sample-removed", "copyright-registration", registrationId.ToString("D"), Before: new { sample.FileName, sample.AttachmentId }) { Actor = actor }, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<RegistrationView> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var registration = await LoadAsync(actor, id, tracked: false, ct);
        var history = await _db.History.AsNoTracking()
            .Where(h => h.Workflow == _workflow.Definition.Name && h.SubjectId == id)
            .OrderBy(h => h.Id)
            .ToListAsync(ct);
        return ToView(registration, actor, history);
    }

    public async Task<IReadOnlyList<RegistrationSummary>> ListAsync(Actor actor, RegistrationFilter filter, CancellationToken ct = default)
    {
        var query = Visible(actor);
        if (filter.State is { Length: > 0 } state)
        {
            query = query.Where(r => r.State == state);
        }
        else if (actor.IsOfficeLevel && !actor.IsInRole(Roles.Applicant))
        {
            // Reviewers do not see applicants' unsent drafts.
            query = query.Where(r => r.State != RegistrationStates.Draft);
        }

        if (filter.WorkType is { } type)
        {
            query = query.Where(r => r.WorkType == type);
        }

        if (filter.DistrictCode is { Length: > 0 } district)
        {
            query = query.Where(r => r.DistrictCode == district);
        }

        var today = Today;
        if (filter.OverdueOnly)
        {
            query = query.Where(r => (r.DueDate != null && r.DueDate < today && r.PausedWorkingDaysLeft == null)
                || (r.State == RegistrationStates.Correction && r.CorrectionDueDate < today));
        }

        if (filter.Text is { Length: > 0 } text)
        {
            var term = text.Trim();
            query = query.Where(r => r.Title.Contains(term) || r.ApplicantName.Contains(term) || (r.RegistrationNumber != null && r.RegistrationNumber.Contains(term)));
        }

        var rows = await query
            .OrderBy(r => r.DueDate == null)
            .ThenBy(r => r.DueDate)
            .ThenByDescending(r => r.UpdatedAt)
            .Take(Math.Clamp(filter.Take, 1, 1000))
            .ToListAsync(ct);
        return rows.Select(r => new RegistrationSummary(
            r.Id, r.State, r.Title, r.WorkType, r.ApplicantName, r.DistrictCode, Utc(r.SubmittedAt), r.DueDate,
            _engine.WorkingDaysLeft(r), r.PausedWorkingDaysLeft is not null, _engine.IsOverdue(r), r.CorrectionDueDate,
            _workflow.IsCorrectionExpired(r), r.RegistrationNumber)).ToList();
    }

    /// <summary>
    /// Fires a workflow step on the version the user saw. Registering gives the number in the same
    /// transaction: if the decision fails (someone else decided first), the serial is not used up.
    /// </summary>
    public async Task<RegistrationView> FireAsync(Actor actor, Guid id, string action, int version, string? comment, CancellationToken ct = default)
    {
        if (!RegistrationActions.All.Contains(action, StringComparer.Ordinal))
        {
            throw new ValidationException("action", $"未知的操作：{action}", $"Unknown action: {action}");
        }

        var registration = await LoadAsync(actor, id, tracked: true, ct);
        if (actor.IsInRole(Roles.Applicant) && !actor.IsOfficeLevel)
        {
            RequireOwnApplicant(actor, registration);
        }

        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (trimmed is { Length: > 4000 })
        {
            throw new ValidationException("comment", "意见最多 4000 个字符。", "The comment may have at most 4,000 characters.");
        }

        if (action == RegistrationActions.Submit && registration.State == RegistrationStates.Draft && registration.Version == version)
        {
            Throw(RegistrationValidator.CheckComplete(registration));
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        var today = Today;
        await using var transaction = await _db.Database.BeginTransactionAsync(ct);
        Action<CopyrightRegistration> apply = action switch
        {
            RegistrationActions.Submit => r => r.SubmittedAt = now,
            RegistrationActions.Accept => r => r.AcceptedOn = today,
            RegistrationActions.RequestCorrection => r =>
            {
                r.CorrectionRequest = trimmed;
                r.CorrectionDueDate = today.AddDays(CopyrightWorkflow.CorrectionCalendarDays);
            },
            RegistrationActions.Correct => r => r.CorrectionDueDate = null,
            RegistrationActions.Register => await NumberAsync(registration, version, today, now, trimmed, ct),
            RegistrationActions.Reject or RegistrationActions.Withdraw or RegistrationActions.Lapse => r =>
            {
                r.DecidedAt = now;
                r.DecisionReason = trimmed;
            },
            _ => _ => { },
        };

        await _engine.FireAsync(_db, _workflow.Definition, registration, action, actor, version, trimmed, apply, ct);
        await transaction.CommitAsync(ct);

        // The applicant hears of every step that needs them or decides their filing (after the commit: a message
        // is never sent for a step that did not happen).
        if (ApplicantMessage(action, registration, trimmed) is { } message)
        {
            await _notifier.SendAsync([registration.ApplicantUserId], message, ct);
        }

        return await GetAsync(actor, id, ct);
    }

    private static JinIp.Platform.Notifications.NotificationMessage? ApplicantMessage(string action, CopyrightRegistration r, string? comment)
    {
        var link = $"/Creation/Copyright/Detail?id={r.Id:D}";
        var reason = comment is null ? "" : $"\n{comment}";
        return action switch
        {
            RegistrationActions.Accept => new("copyright", $"作品登记已受理：{r.Title}", $"Registration accepted: {r.Title}",
                "您的作品登记申请已受理，将在 30 个工作日内作出决定。", "Your registration was accepted; a decision follows within 30 working days.", link),
            RegistrationActions.RequestCorrection => new("copyright", $"作品登记需要补正：{r.Title}", $"Correction requested: {r.Title}",
                $"请在 {r.CorrectionDueDate:yyyy-MM-dd} 前补正，逾期视为撤回。{reason}", $"Please correct it by {r.CorrectionDueDate:yyyy-MM-dd}, or it is deemed withdrawn.{reason}", link),
            RegistrationActions.Register => new("copyright", $"作品已登记：{r.Title}", $"Work registered: {r.Title}",
                $"登记号 {r.RegistrationNumber}，可在详情页下载登记证书。", $"Registration number {r.RegistrationNumber}; the certificate can be downloaded from the filing's page.", link),
            RegistrationActions.Reject => new("copyright", $"作品登记不予登记：{r.Title}", $"Registration refused: {r.Title}",
                $"不予登记的理由见详情页。{reason}", $"The reasons are on the filing's page.{reason}", link),
            RegistrationActions.Lapse => new("copyright", $"作品登记视为撤回：{r.Title}", $"Registration deemed withdrawn: {r.Title}",
                "补正期限届满未补正，申请视为撤回。", "The correction period ended without a correction; the filing is deemed withdrawn.", link),
            _ => null,
        };
    }

    /// <summary>The actor of the background job that closes filings whose correction period has ended.</summary>
    public static readonly Actor LapseJob = new(null, "system:copyright-lapse", null, null, new HashSet<string>([Roles.OfficeStaff], StringComparer.Ordinal));

    /// <summary>
    /// Treats every filing whose 60-day correction period has ended as withdrawn (视为撤回), each in its own
    /// transaction. A filing corrected meanwhile is left alone (the version check refuses the step).
    /// </summary>
    public async Task<int> LapseExpiredCorrectionsAsync(CancellationToken ct = default)
    {
        var today = Today;
        var expired = await _db.Registrations.AsNoTracking()
            .Where(r => r.State == RegistrationStates.Correction && r.CorrectionDueDate < today)
            .Select(r => new { r.Id, r.Version })
            .ToListAsync(ct);
        var lapsed = 0;
        foreach (var file in expired)
        {
            try
            {
                _db.ChangeTracker.Clear();
                await FireAsync(LapseJob, file.Id, RegistrationActions.Lapse, file.Version, "补正期限届满，视为撤回。", ct);
                lapsed++;
            }
            catch (ConflictException)
            {
                // Corrected or decided by someone else since the list was read.
            }
        }

        return lapsed;
    }

    /// <summary>The registered work behind a number, as the public may see it; null when there is none.</summary>
    public async Task<PublicRegistration?> VerifyAsync(string? number, CancellationToken ct = default)
    {
        var normalized = RegistrationNumber.Normalize(number);
        if (normalized is null)
        {
            return null;
        }

        var registration = await _db.Registrations.AsNoTracking().AsSplitQuery()
            .Include(r => r.Authors).Include(r => r.Owners)
            .SingleOrDefaultAsync(r => r.RegistrationNumber == normalized && r.State == RegistrationStates.Registered, ct);
        return registration is null ? null : ToPublic(registration);
    }

    /// <summary>The public notice list of registered works, newest first.</summary>
    public async Task<PublicNoticePage> NoticesAsync(int page, int size, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        size = Math.Clamp(size, 1, 100);
        var query = _db.Registrations.AsNoTracking().Where(r => r.State == RegistrationStates.Registered);
        var total = await query.CountAsync(ct);
        var rows = await query.AsSplitQuery().Include(r => r.Authors).Include(r => r.Owners)
            .OrderByDescending(r => r.RegistrationYear).ThenByDescending(r => r.RegistrationSerial)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new PublicNoticePage(total, page, size, rows.Select(ToPublic).ToList());
    }

    internal async Task<CopyrightRegistration> LoadForCertificateAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var registration = await LoadAsync(actor, id, tracked: false, ct);
        if (registration.State != RegistrationStates.Registered || registration.RegistrationNumber is null)
        {
            throw new ConflictException("该作品尚未登记，没有证书。", "This work is not registered yet; there is no certificate.");
        }

        return registration;
    }

    internal static PublicRegistration ToPublic(CopyrightRegistration r) => new(
        r.RegistrationNumber!,
        r.Title,
        r.WorkType!.Value,
        r.Authors.OrderBy(a => a.Position).Select(a => a.Name).ToList(),
        r.Owners.OrderBy(o => o.Position).Select(o => new PublicOwner(
            o.Name,
            o.Kind,
            o.DocumentType,
            // An organization's credit code is public by law; a person's number is not.
            o.Kind == OwnerKind.Organization ? o.DocumentNumber : Masking.DocumentNumber(o.DocumentNumber),
            o.Phone is { Length: > 0 } phone ? Masking.Phone(phone) : null)).ToList(),
        r.CompletedOn,
        r.Published ? r.FirstPublishedOn : null,
        r.RegisteredOn!.Value);

    private async Task<Action<CopyrightRegistration>> NumberAsync(CopyrightRegistration registration, int version, DateOnly today, DateTime now, string? comment, CancellationToken ct)
    {
        if (registration.Version != version || registration.State != RegistrationStates.InReview || registration.WorkType is not { } type)
        {
            // The engine will refuse with the right message; take no serial.
            return _ => { };
        }

        var year = today.Year;
        // The row for the year exists before it is locked; the UPDATE takes the lock, so deciders queue here.
        await _db.Database.ExecuteSqlAsync($"INSERT INTO crea_serials (\"Year\", \"LastSerial\") VALUES ({year}, 0) ON CONFLICT (\"Year\") DO NOTHING", ct);
        await _db.Database.ExecuteSqlAsync($"UPDATE crea_serials SET \"LastSerial\" = \"LastSerial\" + 1 WHERE \"Year\" = {year}", ct);
        var serial = await _db.Database.SqlQuery<long>($"SELECT \"LastSerial\" AS \"Value\" FROM crea_serials WHERE \"Year\" = {year}").SingleAsync(ct);
        var number = RegistrationNumber.Format(year, type, serial);
        return r =>
        {
            r.RegistrationYear = year;
            r.RegistrationSerial = serial;
            r.RegistrationNumber = number;
            r.RegisteredOn = today;
            r.DecidedAt = now;
            r.DecisionReason = comment;
        };
    }

    private IQueryable<CopyrightRegistration> Visible(Actor actor)
    {
        var query = _db.Registrations.AsQueryable();
        if (actor.IsOfficeLevel)
        {
            return query;
        }

        // Applicants see their own organization's files; other roles see none here.
        var organization = actor.OrganizationId;
        return actor.IsInRole(Roles.Applicant) && organization is not null
            ? query.Where(r => r.OwnerOrganizationId == organization)
            : query.Where(_ => false);
    }

    private async Task<CopyrightRegistration> LoadAsync(Actor actor, Guid id, bool tracked, CancellationToken ct)
    {
        var query = Visible(actor).AsSplitQuery().Include(r => r.Authors).Include(r => r.Owners).Include(r => r.Samples);
        var registration = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (registration is null || (registration.State == RegistrationStates.Draft && registration.OwnerOrganizationId != actor.OrganizationId && !actor.IsInRole(Roles.Admin)))
        {
            throw new NotFoundException("作品登记不存在或您无权查看。", "The registration does not exist or you may not see it.");
        }

        return registration;
    }

    private RegistrationView ToView(CopyrightRegistration r, Actor actor, IReadOnlyList<WorkflowHistoryEntry> history)
    {
        var own = r.OwnerOrganizationId == actor.OrganizationId;
        var actions = _workflow.Definition.Available(r, actor.Roles)
            .Where(t => own || !t.Roles.Contains(Roles.Applicant))
            .Select(t => t.Name)
            .ToList();
        return new RegistrationView(
            r.Id, r.State, r.Version, r.ApplicantName, r.DistrictCode, r.ContactPhone, r.Title, r.WorkType, r.CompletedOn, r.CompletionPlace,
            r.Published, r.FirstPublishedOn, r.FirstPublicationPlace, r.RightAcquisition,
            r.Authors.OrderBy(a => a.Position).Select(a => a.Name).ToList(),
            r.Owners.OrderBy(o => o.Position).Select(o => new OwnerView(o.Name, o.Kind, o.DocumentType, o.DocumentNumber, o.Phone, o.Address)).ToList(),
            r.Samples.OrderBy(s => s.UploadedAt).Select(s => new SampleView(s.Id, s.AttachmentId, s.FileName, s.ContentType, s.Size)).ToList(),
            r.DeclarationAccepted, Utc(r.CreatedAt)!.Value, Utc(r.SubmittedAt), r.AcceptedOn, r.DueDate, _engine.WorkingDaysLeft(r), r.PausedWorkingDaysLeft is not null,
            _engine.IsOverdue(r), r.CorrectionDueDate, _workflow.IsCorrectionExpired(r), r.CorrectionRequest, r.DecisionReason, r.RegistrationNumber, r.RegisteredOn,
            actions,
            history.Select(h => new HistoryView(Utc(h.At)!.Value, h.Transition, h.FromState, h.ToState, h.ActorName, h.Comment)).ToList());
    }

    private static void Apply(CopyrightRegistration r, RegistrationInput input, string? defaultDistrict)
    {
        r.Title = input.Title?.Trim() ?? "";
        r.WorkType = input.WorkType;
        r.CompletedOn = input.CompletedOn;
        r.CompletionPlace = Clean(input.CompletionPlace);
        r.Published = input.Published;
        r.FirstPublishedOn = input.Published ? input.FirstPublishedOn : null;
        r.FirstPublicationPlace = input.Published ? Clean(input.FirstPublicationPlace) : null;
        r.RightAcquisition = input.RightAcquisition;
        r.ContactPhone = Clean(input.ContactPhone);
        r.DistrictCode = Clean(input.DistrictCode) ?? defaultDistrict;
        r.DeclarationAccepted = input.DeclarationAccepted;
        var position = 0;
        foreach (var name in (input.Authors ?? []).Select(Clean).OfType<string>())
        {
            r.Authors.Add(new CopyrightAuthor { RegistrationId = r.Id, Position = position++, Name = name });
        }

        position = 0;
        foreach (var owner in (input.Owners ?? []).Where(o => !o.IsEmpty))
        {
            var number = owner.DocumentNumber is { } n ? IdentityNumbers.Normalize(n) : "";
            // Keys left unset: EF generates them and so treats these rows as new, not as changed ones.
            r.Owners.Add(new CopyrightOwner
            {
                RegistrationId = r.Id,
                Position = position++,
                Name = owner.Name?.Trim() ?? "",
                Kind = owner.Kind ?? OwnerKind.Person,
                DocumentType = owner.DocumentType ?? IdentityDocumentType.ResidentId,
                DocumentNumber = number,
                Phone = Clean(owner.Phone),
                Address = Clean(owner.Address),
            });
        }
    }

    private static object Snapshot(CopyrightRegistration r) => new
    {
        r.Title,
        r.WorkType,
        r.CompletedOn,
        r.Published,
        r.RightAcquisition,
        Authors = r.Authors.Count,
        Owners = r.Owners.Count,
        r.DeclarationAccepted,
        r.Version,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;

    private static void RequireApplicant(Actor actor)
    {
        if (!actor.IsInRole(Roles.Applicant) || actor.OrganizationId is null || actor.UserId is null)
        {
            throw new ForbiddenException("只有申请人可以提交作品登记。", "Only applicants can file copyright registrations.");
        }
    }

    private static void RequireOwnApplicant(Actor actor, CopyrightRegistration registration)
    {
        RequireApplicant(actor);
        if (registration.OwnerOrganizationId != actor.OrganizationId)
        {
            throw new NotFoundException("作品登记不存在或您无权查看。", "The registration does not exist or you may not see it.");
        }
    }

    private static void RequireEditable(CopyrightRegistration registration)
    {
        if (registration.State is not (RegistrationStates.Draft or RegistrationStates.Correction))
        {
            throw new ConflictException("该登记已提交，不能再修改样本。", "This filing has been submitted; its samples can no longer be changed.");
        }
    }

    private static void Throw(List<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    private static ConflictException Stale(Exception? inner = null) => new(
        "该记录已被他人修改，请刷新后重试。",
        "This record was changed by someone else meanwhile; reload it and try again.",
        inner);
}

/// <summary>津作登字-YYYY-L-NNNNNNNN: the year of registration, the work type's letter, an eight-digit serial without gaps per year.</summary>
public static class RegistrationNumber
{
    public const string Prefix = "津作登字";

    public static string Format(int year, WorkType type, long serial) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{year:D4}-{WorkTypes.Letter(type)}-{serial:D8}");

    /// <summary>Accepts the number with spaces, lower-case letter or full-width dashes; null if it is not one.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = new string(value.Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace('－', '-').Replace('—', '-').ToUpperInvariant();
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^津作登字-(\d{4})-([A-O])-(\d{8})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? text : null;
    }
}
