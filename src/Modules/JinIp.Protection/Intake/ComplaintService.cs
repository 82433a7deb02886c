using System.Security.Cryptography;
using System.Text;
using JinIp.Platform.Attachments;
using JinIp.Platform.Audit;
using JinIp.Platform.Calendar;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using JinIp.Protection.Cases;
using JinIp.Protection.Data;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Protection.Intake;

/// <summary>
/// Public complaints and reports (投诉举报): filing with evidence, the receipt-number status lookup, the staff
/// queue with duplicate detection, and opening a case from a complaint or declining it. Staff see the
/// complaints of their district (district offices) or all (office); a signed-in complainant sees the
/// complaints filed by their own organization; anyone else only the status behind a receipt and its code.
/// </summary>
public sealed class ComplaintService
{
    /// <summary>The owner recorded on evidence uploaded without signing in (not a real account).</summary>
    public static readonly Guid PublicIntakeUserId = new("7a1b2c3d-0000-4000-8000-000000000701");

    public const string EvidencePurpose = CaseService.EvidencePurpose;

    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private readonly ProtectionDbContext _db;
    private readonly CaseService _cases;
    private readonly ProtectionDirectory _directory;
    private readonly AttachmentStore _attachments;
    private readonly IAuditLog _audit;
    private readonly CaseRules _rules;
    private readonly ComplaintOptions _options;
    private readonly WorkingCalendar _calendar;
    private readonly TimeProvider _clock;

    internal ComplaintService(ProtectionDbContext db, CaseService cases, ProtectionDirectory directory, AttachmentStore attachments, IAuditLog audit, CaseRules rules, ComplaintOptions options, WorkingCalendar calendar, TimeProvider clock)
    {
        _db = db;
        _cases = cases;
        _directory = directory;
        _attachments = attachments;
        _audit = audit;
        _rules = rules;
        _options = options;
        _calendar = calendar;
        _clock = clock;
    }

    public ComplaintOptions Options => _options;

    public CaseRules Rules => _rules;

    /// <summary>Files a complaint. Everything typed is checked first, then the files' count and size, then each file's type by content; nothing is stored unless all pass.</summary>
    public async Task<ComplaintReceipt> SubmitAsync(Actor actor, ComplaintInput input, IReadOnlyList<EvidenceUpload> files, CancellationToken ct = default)
    {
        var errors = Validate(input, actor);
        var fileErrors = CheckFiles(files);
        if (errors.Count > 0 || fileErrors.Count > 0)
        {
            throw new ValidationException([.. errors, .. fileErrors]);
        }

        var owner = actor.IsAuthenticated && actor.OrganizationId is not null
            ? actor
            : new Actor(PublicIntakeUserId, "public-intake", await _directory.OfficeAsync(ct), null, new HashSet<string>(StringComparer.Ordinal), actor.IpAddress);
        // REVIEW: files already stored stay as unreferenced attachments when a later file of the same batch is refused; they are content-addressed and small in number.
        var stored = new List<Attachment>();
        foreach (var file in files)
        {
            stored.Add(await _attachments.SaveAsync(file.Content, file.FileName, EvidencePurpose, new UploadRules(_options.MaxEvidenceBytes, UploadRules.Documents.AllowedContentTypes), owner, ct));
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        var code = Random(8);
        var complaint = new Complaint
        {
            Id = Guid.NewGuid(),
            ReceiptNumber = $"TS{TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), WorkflowEngine.ChinaTime):yyyyMMdd}-{Random(6)}",
            AccessCodeHash = "",
            RightType = input.RightType!.Value,
            RightNumber = Clean(input.RightNumber),
            RightNumberKey = Matching.RightNumberKey(input.RightNumber),
            ProductCategory = Clean(input.ProductCategory),
            InfringerName = input.InfringerName!.Trim(),
            InfringerKey = Matching.InfringerKey(input.InfringerName),
            DistrictCode = Clean(input.DistrictCode),
            Address = Clean(input.Address),
            PlatformName = Clean(input.PlatformName),
            PlatformUrl = Clean(input.PlatformUrl),
            Description = input.Description!.Trim(),
            Anonymous = input.Anonymous,
            ContactName = input.Anonymous ? null : Clean(input.ContactName),
            ContactPhone = Clean(input.ContactPhone),
            ContactEmail = Clean(input.ContactEmail),
            SubmittedByUserId = actor.IsAuthenticated && !input.Anonymous ? actor.UserId : null,
            SubmittedByOrganizationId = actor.IsAuthenticated && !input.Anonymous ? actor.OrganizationId : null,
            SubmittedAt = now,
            Status = ComplaintStatus.Received,
            StatusChangedAt = now,
            Version = 1,
            Evidence = stored.Select(a => new ComplaintEvidence { Id = Guid.NewGuid(), AttachmentId = a.Id, FileName = a.FileName, Size = a.Size }).ToList(),
        };
        complaint.AccessCodeHash = Hash(complaint.ReceiptNumber, code);
        await using var transaction = await _db.Database.BeginTransactionAsync(ct);
        _db.Complaints.Add(complaint);
        await _db.SaveChangesAsync(ct);
        await _audit.AppendAsync(_db, new AuditRecord("protection.complaint.submit", "protection-complaint", complaint.Id.ToString("D"), After: new { complaint.ReceiptNumber, complaint.RightType, complaint.Anonymous, Files = stored.Count }) { Actor = actor }, ct);
        await transaction.CommitAsync(ct);
        return new ComplaintReceipt(complaint.Id, complaint.ReceiptNumber, code, now);
    }

    /// <summary>The status behind a receipt number and its access code; null when either is wrong (the same answer, so numbers cannot be probed).</summary>
    public async Task<PublicComplaintStatus?> StatusAsync(string? receiptNumber, string? accessCode, CancellationToken ct = default)
    {
        var receipt = (receiptNumber ?? "").Trim().ToUpperInvariant();
        var code = (accessCode ?? "").Trim().ToUpperInvariant();
        if (receipt.Length is 0 or > 32 || code.Length is 0 or > 16)
        {
            return null;
        }

        var complaint = await _db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.ReceiptNumber == receipt, ct);
        // Hash even when the number is unknown, so both answers take the same time.
        var expected = Encoding.ASCII.GetBytes(complaint?.AccessCodeHash ?? new string('0', 64));
        var given = Encoding.ASCII.GetBytes(Hash(receipt, code));
        if (!CryptographicOperations.FixedTimeEquals(expected, given) || complaint is null)
        {
            return null;
        }

        return await PublicStatusAsync(complaint, ct);
    }

    /// <summary>The complaints the actor may see: staff by district (office: all); complainants their own organization's.</summary>
    public async Task<IReadOnlyList<ComplaintSummary>> ListAsync(Actor actor, ComplaintStatus? status, CancellationToken ct = default)
    {
        var query = Visible(actor);
        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        var rows = await query.AsNoTracking().OrderByDescending(c => c.SubmittedAt).Take(500).ToListAsync(ct);
        return rows.Select(c =>
        {
            var due = ReviewDue(c);
            var pending = c.Status is ComplaintStatus.Received or ComplaintStatus.UnderReview;
            return new ComplaintSummary(c.Id, c.ReceiptNumber, c.RightType, c.InfringerName, c.DistrictCode, c.PlatformName, c.SubmittedAt, c.Status, c.Anonymous, due, pending && due < Today, c.LinkedCaseId);
        }).ToList();
    }

    public async Task<ComplaintView> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var complaint = await Visible(actor).AsNoTracking().Include(c => c.Evidence).SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw NotFound();
        var staff = IsComplaintStaff(actor);
        var duplicates = staff ? await DuplicatesAsync(complaint, ct) : [];
        var due = ReviewDue(complaint);
        var pending = complaint.Status is ComplaintStatus.Received or ComplaintStatus.UnderReview;
        return new ComplaintView(
            complaint.Id, complaint.Version, complaint.ReceiptNumber, complaint.RightType, complaint.RightNumber, complaint.ProductCategory, complaint.InfringerName,
            complaint.DistrictCode, complaint.Address, complaint.PlatformName, complaint.PlatformUrl, complaint.Description, complaint.Anonymous,
            complaint.ContactName, complaint.ContactPhone, complaint.ContactEmail, complaint.SubmittedAt, complaint.Status, complaint.StatusNote,
            due, pending && due < Today, complaint.LinkedCaseId, staff && pending,
            complaint.Evidence.Select(e => new EvidenceView(e.AttachmentId, e.FileName, e.Size)).ToList(),
            duplicates);
    }

    /// <summary>Opens an evidence file of a complaint the reader may see; audited.</summary>
    public async Task<(string FileName, string ContentType, Stream Content)> OpenEvidenceAsync(Actor actor, Guid id, Guid attachmentId, CancellationToken ct = default)
    {
        var complaint = await Visible(actor).AsNoTracking().Include(c => c.Evidence).SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw NotFound();
        if (complaint.Evidence.All(e => e.AttachmentId != attachmentId))
        {
            throw NotFound();
        }

        var (attachment, content) = await _attachments.OpenForRecordAsync(attachmentId, EvidencePurpose, actor, ct);
        await _audit.AppendAsync(_db, new AuditRecord("protection.complaint.evidence-read", "protection-complaint", complaint.Id.ToString("D"), After: new { AttachmentId = attachmentId }) { Actor = actor }, ct);
        return (attachment.FileName, attachment.ContentType, content);
    }

    /// <summary>Opens a case from the complaint (立案): the evidence goes with it, the complainant sees "case opened".</summary>
    public async Task<Guid> OpenCaseAsync(Actor actor, Guid id, int version, CaseInput input, CancellationToken ct = default)
    {
        var complaint = await LoadForHandlingAsync(actor, id, version, ct);
        input.Source = CaseSource.Complaint;
        input.RightType ??= complaint.RightType;
        input.RightNumber ??= complaint.RightNumber;
        input.InfringerName ??= complaint.InfringerName;
        input.DistrictCode ??= complaint.DistrictCode;
        input.PlatformName ??= complaint.PlatformName;
        input.ProductCategory ??= complaint.ProductCategory;
        input.Summary ??= complaint.Description;
        if (!complaint.Anonymous && !string.IsNullOrWhiteSpace(complaint.ContactName))
        {
            input.RightHolderName ??= complaint.ContactName;
        }

        var before = new { complaint.Status };
        await using var transaction = await _db.Database.BeginTransactionAsync(ct);
        var now = _clock.GetUtcNow().UtcDateTime;
        complaint.Status = ComplaintStatus.CaseOpened;
        complaint.StatusChangedAt = now;
        complaint.StatusNote = null;
        var created = await _cases.CreateCoreAsync(actor, input, complaint.Id, complaint.Evidence.Select(e => (e.AttachmentId, e.FileName, e.Size)).ToList(), ct);
        complaint.LinkedCaseId = created.Id;
        await _db.SaveChangesAsync(ct);
        await _audit.AppendAsync(_db, new AuditRecord("protection.complaint.open-case", "protection-complaint", complaint.Id.ToString("D"), before, new { complaint.Status, CaseId = created.Id, created.CaseNumber }) { Actor = actor }, ct);
        await transaction.CommitAsync(ct);
        await _cases.AlertIfThresholdCrossedAsync(actor, created, ct);
        return created.Id;
    }

    /// <summary>Declines to open a case, with the reason the complainant will read.</summary>
    public async Task DeclineAsync(Actor actor, Guid id, int version, string? reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ValidationException("reason", "请填写不予立案的理由（投诉人可见）。", "Give the reason (the complainant will read it).");
        }

        var complaint = await LoadForHandlingAsync(actor, id, version, ct);
        var before = new { complaint.Status };
        complaint.Status = ComplaintStatus.NotAccepted;
        complaint.StatusNote = CaseService.Cut(reason.Trim(), 1000);
        complaint.StatusChangedAt = _clock.GetUtcNow().UtcDateTime;
        await using var transaction = await _db.Database.BeginTransactionAsync(ct);
        await _db.SaveChangesAsync(ct);
        await _audit.AppendAsync(_db, new AuditRecord("protection.complaint.decline", "protection-complaint", complaint.Id.ToString("D"), before, new { complaint.Status, complaint.StatusNote }) { Actor = actor }, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Open cases with the same right number or the same (normalized) infringer; a shared platform is named as a further match.</summary>
    internal async Task<IReadOnlyList<DuplicateCandidate>> DuplicatesAsync(Complaint complaint, CancellationToken ct)
    {
        var open = CaseStates.Open.ToList();
        var rightKey = complaint.RightNumberKey;
        var infringerKey = complaint.InfringerKey;
        var rightCaseIds = rightKey is null
            ? []
            : await _db.CaseRights.AsNoTracking().Where(r => r.NumberKey == rightKey).Select(r => r.CaseId).ToListAsync(ct);
        var candidates = await _db.Cases.AsNoTracking()
            .Where(c => open.Contains(c.State) && c.Id != complaint.LinkedCaseId
                && ((rightKey != null && (c.RightNumberKey == rightKey || rightCaseIds.Contains(c.Id))) || c.InfringerKey == infringerKey))
            .OrderByDescending(c => c.OpenedAt)
            .Take(20)
            .ToListAsync(ct);
        return candidates.Select(c =>
        {
            var zh = new List<string>();
            var en = new List<string>();
            if (rightKey is not null && (c.RightNumberKey == rightKey || rightCaseIds.Contains(c.Id)))
            {
                zh.Add("权利号相同");
                en.Add("same right number");
            }

            if (c.InfringerKey == infringerKey)
            {
                zh.Add("被投诉人相同");
                en.Add("same infringer");
            }

            if (complaint.PlatformName is { } platform && string.Equals(c.PlatformName, platform, StringComparison.OrdinalIgnoreCase))
            {
                zh.Add("平台相同");
                en.Add("same platform");
            }

            return new DuplicateCandidate(c.Id, c.CaseNumber, c.Title, c.State, c.InfringerName, c.RightNumber, c.PlatformName, zh, en);
        }).OrderByDescending(d => d.ReasonsZh.Count).ToList();
    }

    internal static bool IsComplaintStaff(Actor actor) => actor.IsAuthenticated && (actor.IsOfficeLevel || actor.IsInRole(Roles.DistrictOffice));

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), WorkflowEngine.ChinaTime).DateTime);

    private DateOnly ReviewDue(Complaint c) =>
        _calendar.AddWorkingDays(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(c.SubmittedAt, DateTimeKind.Utc), WorkflowEngine.ChinaTime)), _rules.ComplaintReviewWorkingDays);

    private IQueryable<Complaint> Visible(Actor actor)
    {
        IQueryable<Complaint> complaints = _db.Complaints;
        if (!actor.IsAuthenticated)
        {
            return complaints.Where(_ => false);
        }

        if (actor.IsOfficeLevel)
        {
            return complaints;
        }

        if (actor.IsInRole(Roles.DistrictOffice) && actor.DistrictCode is { } district)
        {
            return complaints.Where(c => c.DistrictCode == district || (actor.OrganizationId != null && c.SubmittedByOrganizationId == actor.OrganizationId));
        }

        var organization = actor.OrganizationId;
        return organization is null ? complaints.Where(_ => false) : complaints.Where(c => c.SubmittedByOrganizationId == organization);
    }

    private async Task<Complaint> LoadForHandlingAsync(Actor actor, Guid id, int version, CancellationToken ct)
    {
        var complaint = await Visible(actor).Include(c => c.Evidence).SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw NotFound();
        if (!IsComplaintStaff(actor))
        {
            throw new ForbiddenException("只有知识产权执法人员可以处理投诉。", "Only enforcement staff may handle complaints.");
        }

        if (complaint.Version != version)
        {
            throw new ConflictException("该投诉已被他人处理，请刷新后重试。", "This complaint was handled by someone else meanwhile; reload it.");
        }

        if (complaint.Status is not (ComplaintStatus.Received or ComplaintStatus.UnderReview))
        {
            throw new ConflictException("该投诉已处理完毕。", "This complaint has already been handled.");
        }

        _db.Entry(complaint).Property(c => c.Version).OriginalValue = version;
        complaint.Version = version + 1;
        return complaint;
    }

    private async Task<PublicComplaintStatus> PublicStatusAsync(Complaint complaint, CancellationToken ct)
    {
        string? caseNumber = null;
        bool? closed = null;
        if (complaint.LinkedCaseId is { } caseId)
        {
            var linked = await _db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.CaseNumber, c.State }).SingleOrDefaultAsync(ct);
            caseNumber = linked?.CaseNumber;
            closed = linked is null ? null : linked.State == CaseStates.Closed;
        }

        return new PublicComplaintStatus(complaint.ReceiptNumber, complaint.SubmittedAt, complaint.Status, complaint.StatusNote, complaint.StatusChangedAt, caseNumber, closed);
    }

    private List<FieldError> CheckFiles(IReadOnlyList<EvidenceUpload> files)
    {
        var errors = new List<FieldError>();
        if (files.Count > _options.MaxEvidenceFiles)
        {
            errors.Add(new FieldError("file", $"最多上传 {_options.MaxEvidenceFiles} 个证据文件（您选择了 {files.Count} 个）。", $"Upload at most {_options.MaxEvidenceFiles} evidence files (you chose {files.Count})."));
        }

        foreach (var file in files.Where(f => f.Length > _options.MaxEvidenceBytes))
        {
            errors.Add(new FieldError("file", $"文件“{file.FileName}”超过大小上限 {_options.MaxEvidenceBytes / (1024 * 1024)} MB。", $"File '{file.FileName}' exceeds the limit of {_options.MaxEvidenceBytes / (1024 * 1024)} MB."));
        }

        return errors;
    }

    private static List<FieldError> Validate(ComplaintInput input, Actor actor)
    {
        var errors = new List<FieldError>();
        if (input.RightType is null || !Enum.IsDefined(input.RightType.Value))
        {
            errors.Add(new FieldError(nameof(ComplaintInput.RightType), "请选择被侵犯的权利类型。", "Choose the kind of right infringed."));
        }

        if (string.IsNullOrWhiteSpace(input.InfringerName))
        {
            errors.Add(new FieldError(nameof(ComplaintInput.InfringerName), "请填写被投诉人（侵权人）名称。", "Name who infringes."));
        }

        if (string.IsNullOrWhiteSpace(input.Description) || input.Description.Trim().Length < 10)
        {
            errors.Add(new FieldError(nameof(ComplaintInput.Description), "请描述侵权情况（至少 10 个字）。", "Describe the infringement (at least 10 characters)."));
        }

        if (string.IsNullOrWhiteSpace(input.DistrictCode) && string.IsNullOrWhiteSpace(input.Address) && string.IsNullOrWhiteSpace(input.PlatformName) && string.IsNullOrWhiteSpace(input.PlatformUrl))
        {
            errors.Add(new FieldError(nameof(ComplaintInput.DistrictCode), "请说明侵权发生在哪里：所在区、地址，或网络平台及网址。", "Say where it happens: district, address, or online platform and URL."));
        }

        if (!string.IsNullOrWhiteSpace(input.DistrictCode) && TianjinDistricts.NameOf(input.DistrictCode) is null)
        {
            errors.Add(new FieldError(nameof(ComplaintInput.DistrictCode), "请选择天津市的区。", "Choose a Tianjin district."));
        }

        if (!string.IsNullOrWhiteSpace(input.PlatformUrl)
            && (!Uri.TryCreate(input.PlatformUrl.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add(new FieldError(nameof(ComplaintInput.PlatformUrl), "网址须以 http:// 或 https:// 开头。", "The URL must start with http:// or https://."));
        }

        if (!input.Anonymous && !actor.IsAuthenticated && string.IsNullOrWhiteSpace(input.ContactName))
        {
            errors.Add(new FieldError(nameof(ComplaintInput.ContactName), "实名投诉请填写联系人姓名，或选择匿名举报。", "Give your name, or choose to report anonymously."));
        }

        if (!input.Anonymous && string.IsNullOrWhiteSpace(input.ContactPhone) && string.IsNullOrWhiteSpace(input.ContactEmail))
        {
            errors.Add(new FieldError(nameof(ComplaintInput.ContactPhone), "实名投诉请留下电话或电子邮箱。", "Leave a phone number or e-mail address, or report anonymously."));
        }

        if (!string.IsNullOrWhiteSpace(input.ContactPhone) && !input.ContactPhone.Trim().All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' '))
        {
            errors.Add(new FieldError(nameof(ComplaintInput.ContactPhone), "电话号码只能包含数字、空格、“-”和“+”。", "A phone number holds digits, spaces, '-' and '+' only."));
        }

        if (!string.IsNullOrWhiteSpace(input.ContactEmail) && !input.ContactEmail.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(new FieldError(nameof(ComplaintInput.ContactEmail), "请填写有效的电子邮箱。", "Enter a valid e-mail address."));
        }

        CaseService.Optional(errors, input.RightNumber, nameof(ComplaintInput.RightNumber), 64);
        CaseService.Optional(errors, input.ProductCategory, nameof(ComplaintInput.ProductCategory), 100);
        CaseService.Optional(errors, input.InfringerName, nameof(ComplaintInput.InfringerName), 200);
        CaseService.Optional(errors, input.Address, nameof(ComplaintInput.Address), 300);
        CaseService.Optional(errors, input.PlatformName, nameof(ComplaintInput.PlatformName), 100);
        CaseService.Optional(errors, input.PlatformUrl, nameof(ComplaintInput.PlatformUrl), 500);
        CaseService.Optional(errors, input.Description, nameof(ComplaintInput.Description), 4000);
        CaseService.Optional(errors, input.ContactName, nameof(ComplaintInput.ContactName), 100);
        CaseService.Optional(errors, input.ContactPhone, nameof(ComplaintInput.ContactPhone), 30);
        CaseService.Optional(errors, input.ContactEmail, nameof(ComplaintInput.ContactEmail), 200);
        return errors;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Random(int length) => new(Enumerable.Range(0, length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());

    private static string Hash(string receipt, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{receipt}:{code}")));

    private static NotFoundException NotFound() => new("投诉不存在或您无权查看。", "The complaint does not exist or you may not see it.");
}
