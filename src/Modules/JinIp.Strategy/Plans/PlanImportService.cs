using System.Text.Json;
using JinIp.Platform.Audit;
using JinIp.Platform.Calendar;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Strategy.Data;
using JinIp.Strategy.PlanImport;
using JinIp.Strategy.Supervision;
using JinIp.Strategy.Units;
using Microsoft.EntityFrameworkCore;
using TaskStatus = JinIp.Strategy.Data.TaskStatus;

namespace JinIp.Strategy.Plans;

/// <summary>An item that a commit adds, removes or changes.</summary>
/// <param name="Number">The item number.</param>
/// <param name="Numeral">The numeral as written.</param>
/// <param name="Headline">The headline in the new document (the old one for removed items).</param>
/// <param name="PreviousHeadline">The stored headline, for changed and removed items.</param>
/// <param name="Details">What changed, in Chinese.</param>
/// <param name="DetailsEn">The same in English.</param>
public sealed record ItemChange(int Number, string Numeral, string Headline, string? PreviousHeadline, IReadOnlyList<string> Details, IReadOnlyList<string> DetailsEn);

/// <summary>What committing a draft would do to the year's plan already stored.</summary>
public sealed record PlanDiff(bool ReplacesExistingPlan, IReadOnlyList<ItemChange> Added, IReadOnlyList<ItemChange> Removed, IReadOnlyList<ItemChange> Changed, int Unchanged)
{
    public bool HasChanges => Added.Count + Removed.Count + Changed.Count > 0;
}

/// <summary>A draft as the preview shows it.</summary>
public sealed record DraftView(Guid Id, string FileName, DateTime CreatedAt, string CreatedBy, DraftPlan Plan, IReadOnlyList<PlanWarning> Warnings, PlanDiff Diff);

/// <summary>A field correction for one item of a draft.</summary>
/// <param name="Number">The item number.</param>
/// <param name="Headline">The corrected headline.</param>
/// <param name="LeadOrganizationId">The lead unit.</param>
/// <param name="CoOrganizationIds">The co-units.</param>
/// <param name="Targets">The targets as they should be (replaces the parsed ones).</param>
public sealed record DraftItemEdit(int Number, string Headline, Guid? LeadOrganizationId, IReadOnlyList<Guid>? CoOrganizationIds, IReadOnlyList<DraftTarget>? Targets);

/// <summary>
/// Plan import: upload → draft (parse, suggested units) → preview with warnings and the diff against the stored plan →
/// corrections → commit. Nothing reaches the plan tables before the commit; a document that is not a plan stores nothing.
/// </summary>
public sealed class PlanImportService(StrategyDbContext db, UnitCatalog units, IAuditLog audit, WorkingCalendar calendar, TimeProvider clock)
{
    public const long MaxDocumentBytes = 10 * 1024 * 1024;

    /// <summary>Parses an uploaded document into a draft; refuses a document that is not a plan with its reason.</summary>
    public async Task<Guid> CreateDraftAsync(Stream content, string fileName, int? year, Actor actor, CancellationToken cancellationToken = default)
    {
        RequireOffice(actor);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxDocumentBytes)
        {
            throw new ValidationException("file", "文件超过 10 MB，工作要点文件通常远小于此。", "The file exceeds 10 MB; plan documents are far smaller.");
        }

        buffer.Position = 0;
        var result = PlanParser.Parse(buffer, fileName);
        if (!result.Succeeded)
        {
            throw new ValidationException("file", result.Error.MessageZh, result.Error.MessageEn);
        }

        var planYear = year ?? result.Document.Year;
        if (planYear is not { } chosen || chosen is < 2000 or > 2100)
        {
            throw new ValidationException("year", "文件标题中没有年份，请填写计划年度（2000–2100）。", "The document names no year: enter the plan year (2000–2100).");
        }

        var draft = await BuildDraftAsync(result.Document, chosen, cancellationToken);
        var stored = new PlanDraft
        {
            Id = Guid.NewGuid(),
            Year = chosen,
            FileName = Path.GetFileName(fileName.Replace('\\', '/')) is { Length: > 0 and <= 260 } name ? name : "plan",
            Json = draft.ToJson(),
            WarningsJson = JsonSerializer.Serialize(result.Warnings, DraftPlan.Json),
            CreatedByUserId = actor.UserId ?? Guid.Empty,
            CreatedBy = actor.Name,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Drafts.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("strategy.plan.upload", "strategy-draft", stored.Id.ToString("D"), After: new
        {
            File = stored.FileName, Year = chosen, Parts = draft.Parts.Count, Items = draft.Items.Count(), Warnings = result.Warnings.Count,
        }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored.Id;
    }

    public async Task<DraftView> GetDraftAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        RequireOffice(actor);
        var draft = await FindDraftAsync(id, cancellationToken);
        var plan = DraftPlan.FromJson(draft.Json);
        var warnings = JsonSerializer.Deserialize<List<PlanWarning>>(draft.WarningsJson, DraftPlan.Json) ?? [];
        return new DraftView(draft.Id, draft.FileName, DateTime.SpecifyKind(draft.CreatedAt, DateTimeKind.Utc), draft.CreatedBy, plan, warnings, await DiffAsync(plan, cancellationToken));
    }

    /// <summary>Corrects an item's headline, units or targets in the draft.</summary>
    public async Task UpdateDraftItemAsync(Guid id, DraftItemEdit edit, Actor actor, CancellationToken cancellationToken = default)
    {
        RequireOffice(actor);
        var draft = await FindDraftAsync(id, cancellationToken);
        var plan = DraftPlan.FromJson(draft.Json);
        var item = plan.Items.FirstOrDefault(i => i.Number == edit.Number)
            ?? throw new NotFoundException($"草稿中没有第 {edit.Number} 项。", $"The draft has no item {edit.Number}.");
        var errors = new List<FieldError>();
        var headline = (edit.Headline ?? "").Trim();
        if (headline.Length is 0 or > 500)
        {
            errors.Add(new FieldError("headline", "请填写标题（最多 500 字）。", "Enter a headline (at most 500 characters)."));
        }

        var all = await units.AllAsync(cancellationToken);
        if (edit.LeadOrganizationId is { } lead && all.All(u => u.OrganizationId != lead))
        {
            errors.Add(new FieldError("lead", "牵头单位不在单位名录中。", "The lead unit is not in the unit directory."));
        }

        var co = (edit.CoOrganizationIds ?? []).Distinct().Where(c => c != edit.LeadOrganizationId).ToList();
        if (co.Any(c => all.All(u => u.OrganizationId != c)))
        {
            errors.Add(new FieldError("co", "配合单位不在单位名录中。", "A co-unit is not in the unit directory."));
        }

        var targets = edit.Targets?.ToList() ?? item.Targets;
        for (var index = 0; index < targets.Count; index++)
        {
            var target = targets[index];
            if (target.Kind != TargetKind.Qualitative && target.Minimum is null && target.Maximum is null)
            {
                errors.Add(new FieldError($"targets[{index}]", $"第 {index + 1} 个目标缺少数值。", $"Target {index + 1} has no figure."));
            }
            else if (target is { Kind: TargetKind.Range, Minimum: { } min, Maximum: { } max } && min > max)
            {
                errors.Add(new FieldError($"targets[{index}]", $"第 {index + 1} 个目标的下限大于上限。", $"Target {index + 1}: the lower figure exceeds the upper one."));
            }

            if (string.IsNullOrWhiteSpace(target.Subject) || target.Subject.Length > 200 || (target.Unit?.Length ?? 0) > 20)
            {
                errors.Add(new FieldError($"targets[{index}]", $"第 {index + 1} 个目标须写明对象（最多 200 字），单位最多 20 字。", $"Target {index + 1} needs a subject (at most 200 characters) and a unit of at most 20."));
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        item.Headline = headline;
        item.LeadOrganizationId = edit.LeadOrganizationId;
        item.CoOrganizationIds = co;
        item.UnitsConfirmed = true;
        item.Targets = targets.Select(t => new DraftTarget
        {
            Kind = t.Kind,
            Minimum = t.Minimum,
            Maximum = t.Maximum,
            Unit = string.IsNullOrWhiteSpace(t.Unit) ? null : t.Unit.Trim(),
            Subject = t.Subject.Trim(),
            Text = string.IsNullOrWhiteSpace(t.Text) ? t.Subject.Trim() : t.Text.Trim(),
        }).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        draft.Json = plan.ToJson();
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("strategy.plan.draft-edit", "strategy-draft", id.ToString("D"), After: new
        {
            edit.Number, Headline = headline, Lead = edit.LeadOrganizationId, Co = co, Targets = item.Targets.Count,
        }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DiscardDraftAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        RequireOffice(actor);
        var draft = await FindDraftAsync(id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Drafts.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord("strategy.plan.draft-discard", "strategy-draft", id.ToString("D"), After: new { File = draft.FileName, draft.Year }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Makes the draft the plan of its year. On a re-import, unchanged items (same content hash) keep everything —
    /// units, tasks, reports; changed items keep the tasks whose text is unchanged; dropped items and measures are withdrawn, not deleted.
    /// </summary>
    public async Task<PlanDiff> CommitAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        RequireOffice(actor);
        var draft = await FindDraftAsync(id, cancellationToken);
        var plan = DraftPlan.FromJson(draft.Json);
        var diff = await DiffAsync(plan, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await db.Plans.SingleOrDefaultAsync(p => p.Year == plan.Year, cancellationToken);
        if (stored is null)
        {
            stored = new StoredPlan { Id = Guid.NewGuid(), Year = plan.Year, Title = plan.Title, Preamble = plan.Preamble, SourceFileName = draft.FileName, ImportedAt = now, ImportedBy = actor.Name, Revision = 1 };
            db.Plans.Add(stored);
        }
        else
        {
            stored.Title = plan.Title;
            stored.Preamble = plan.Preamble;
            stored.SourceFileName = draft.FileName;
            stored.ImportedAt = now;
            stored.ImportedBy = actor.Name;
            stored.Revision++;
            stored.Version++;
        }

        var parts = await db.Parts.Where(p => p.PlanId == stored.Id).ToListAsync(cancellationToken);
        var items = await db.Items.Where(i => i.PlanId == stored.Id).ToListAsync(cancellationToken);
        var deadline = TaskRules.DefaultDeadline(plan.Year, calendar);
        foreach (var draftPart in plan.Parts)
        {
            var part = parts.FirstOrDefault(p => p.Sequence == draftPart.Sequence);
            if (part is null)
            {
                part = new StoredPart { Id = Guid.NewGuid(), PlanId = stored.Id, Sequence = draftPart.Sequence, Numeral = draftPart.Numeral, Title = draftPart.Title };
                db.Parts.Add(part);
                parts.Add(part);
            }
            else
            {
                part.Numeral = draftPart.Numeral;
                part.Title = draftPart.Title;
            }

            foreach (var draftItem in draftPart.Items)
            {
                var hash = draftItem.ContentHash();
                var item = items.FirstOrDefault(i => i.Number == draftItem.Number);
                if (item is null)
                {
                    item = new StoredItem
                    {
                        Id = Guid.NewGuid(), PlanId = stored.Id, PartId = part.Id, Number = draftItem.Number, Numeral = draftItem.Numeral,
                        Headline = draftItem.Headline, Body = draftItem.Body, ContentHash = hash,
                    };
                    db.Items.Add(item);
                    AddTargets(item, draftItem);
                    AddTasks(item.Id, draftItem.Measures, 1, deadline, plan.Year);
                    SetUnits(item, draftItem, []);
                    continue;
                }

                item.PartId = part.Id;
                item.Numeral = draftItem.Numeral;
                var wasWithdrawn = item.Withdrawn;
                item.Withdrawn = false;
                if (item.ContentHash == hash && !wasWithdrawn)
                {
                    continue; // unchanged: units, tasks and reports stay as they are
                }

                item.Headline = draftItem.Headline;
                item.Body = draftItem.Body;
                item.ContentHash = hash;
                item.Version++;
                await ReplaceTargetsAsync(item, draftItem, cancellationToken);
                await MergeTasksAsync(item.Id, draftItem.Measures, deadline, plan.Year, cancellationToken);
                if (!item.UnitsConfirmed)
                {
                    SetUnits(item, draftItem, await db.ItemUnits.Where(u => u.ItemId == item.Id).ToListAsync(cancellationToken));
                }
            }
        }

        var kept = plan.Items.Select(i => i.Number).ToHashSet();
        foreach (var removed in items.Where(i => !kept.Contains(i.Number) && !i.Withdrawn))
        {
            removed.Withdrawn = true;
            removed.Version++;
            await db.Tasks.Where(t => t.ItemId == removed.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Withdrawn, true), cancellationToken);
        }

        db.Drafts.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, new AuditRecord(diff.ReplacesExistingPlan ? "strategy.plan.reimport" : "strategy.plan.import", "strategy-plan", plan.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), After: new
        {
            plan.Title, File = draft.FileName, Items = plan.Items.Count(), Added = diff.Added.Select(a => a.Number), Removed = diff.Removed.Select(a => a.Number), Changed = diff.Changed.Select(a => a.Number), diff.Unchanged,
        }) { Actor = actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return diff;
    }

    /// <summary>Compares the draft with the stored plan of its year.</summary>
    public async Task<PlanDiff> DiffAsync(DraftPlan plan, CancellationToken cancellationToken = default)
    {
        var stored = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Year == plan.Year, cancellationToken);
        if (stored is null)
        {
            return new PlanDiff(false, plan.Items.Select(i => new ItemChange(i.Number, i.Numeral, i.Headline, null, [], [])).ToList(), [], [], 0);
        }

        var items = await db.Items.AsNoTracking().Where(i => i.PlanId == stored.Id && !i.Withdrawn).ToListAsync(cancellationToken);
        var tasks = await db.Tasks.AsNoTracking().Where(t => items.Select(i => i.Id).Contains(t.ItemId) && !t.Withdrawn).ToListAsync(cancellationToken);
        var added = new List<ItemChange>();
        var changed = new List<ItemChange>();
        var unchanged = 0;
        foreach (var draftItem in plan.Items)
        {
            var existing = items.FirstOrDefault(i => i.Number == draftItem.Number);
            if (existing is null)
            {
                added.Add(new ItemChange(draftItem.Number, draftItem.Numeral, draftItem.Headline, null, [], []));
            }
            else if (existing.ContentHash != draftItem.ContentHash())
            {
                var details = new List<string>();
                var detailsEn = new List<string>();
                if (existing.Headline != draftItem.Headline)
                {
                    details.Add($"标题：{existing.Headline} → {draftItem.Headline}");
                    detailsEn.Add($"headline: {existing.Headline} → {draftItem.Headline}");
                }

                if (existing.Body != draftItem.Body)
                {
                    details.Add("正文有改动");
                    detailsEn.Add("text changed");
                }

                var oldTexts = tasks.Where(t => t.ItemId == existing.Id).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
                var newTexts = draftItem.Measures.Select(m => m.Text).ToHashSet(StringComparer.Ordinal);
                var gone = oldTexts.Count(t => !newTexts.Contains(t));
                var come = newTexts.Count(t => !oldTexts.Contains(t));
                if (gone + come > 0)
                {
                    details.Add($"措施：新增 {come} 项，撤销 {gone} 项，保留 {oldTexts.Count - gone} 项（进展保留）");
                    detailsEn.Add($"measures: {come} added, {gone} withdrawn, {oldTexts.Count - gone} kept with their progress");
                }

                changed.Add(new ItemChange(draftItem.Number, draftItem.Numeral, draftItem.Headline, existing.Headline, details, detailsEn));
            }
            else
            {
                unchanged++;
            }
        }

        var numbers = plan.Items.Select(i => i.Number).ToHashSet();
        var removed = items.Where(i => !numbers.Contains(i.Number)).OrderBy(i => i.Number).Select(i => new ItemChange(i.Number, i.Numeral, i.Headline, i.Headline, [], [])).ToList();
        return new PlanDiff(true, added, removed, changed, unchanged);
    }

    private async Task<DraftPlan> BuildDraftAsync(PlanDocument document, int year, CancellationToken cancellationToken)
    {
        var suggester = new UnitSuggester();
        var plan = new DraftPlan { Title = document.Title, Year = year, Preamble = document.Preamble };
        var sequence = 0;
        foreach (var part in document.Parts)
        {
            var draftPart = new DraftPart { Sequence = ++sequence, Numeral = part.Numeral, Title = part.Title };
            foreach (var item in part.Items)
            {
                var suggestions = suggester.Suggest(item);
                var lead = await units.ForDirectoryIdAsync(suggestions.Lead.Unit.Id, cancellationToken);
                var co = new List<Guid>();
                foreach (var suggestion in suggestions.CoUnits)
                {
                    if (await units.ForDirectoryIdAsync(suggestion.Unit.Id, cancellationToken) is { } unit && unit.OrganizationId != lead?.OrganizationId && !co.Contains(unit.OrganizationId))
                    {
                        co.Add(unit.OrganizationId);
                    }
                }

                draftPart.Items.Add(new DraftItem
                {
                    Number = item.Number,
                    Numeral = item.Numeral,
                    Headline = item.Headline,
                    Body = item.Body,
                    Measures = item.Measures.Select(m => new DraftMeasure { Label = m.Label, Text = m.Text }).ToList(),
                    Targets = item.Targets.Select(t => new DraftTarget { Kind = t.Kind, Minimum = t.Minimum, Maximum = t.Maximum, Unit = t.Unit, Subject = t.Subject, Text = t.Text }).ToList(),
                    StatedUnits = item.Units.Select(u => u.Name).ToList(),
                    UnknownUnits = [.. suggestions.UnknownNames],
                    LeadOrganizationId = lead?.OrganizationId,
                    CoOrganizationIds = co,
                    SuggestionZh = suggestions.Lead.ReasonZh,
                    SuggestionEn = suggestions.Lead.ReasonEn,
                });
            }

            plan.Parts.Add(draftPart);
        }

        return plan;
    }

    private void AddTargets(StoredItem item, DraftItem draftItem)
    {
        var sequence = 0;
        foreach (var target in draftItem.Targets)
        {
            db.Targets.Add(new StoredTarget
            {
                Id = Guid.NewGuid(), ItemId = item.Id, Sequence = ++sequence, Kind = target.Kind, Minimum = target.Minimum, Maximum = target.Maximum,
                Unit = target.Unit, Subject = Truncate(target.Subject, 200), Text = Truncate(target.Text, 1000),
            });
        }
    }

    private async Task ReplaceTargetsAsync(StoredItem item, DraftItem draftItem, CancellationToken cancellationToken)
    {
        var existing = await db.Targets.Where(t => t.ItemId == item.Id).ToListAsync(cancellationToken);
        string Key(TargetKind kind, decimal? min, decimal? max, string? unit, string subject) => $"{kind}|{min}|{max}|{unit}|{subject}";
        var wanted = draftItem.Targets.Select(t => Key(t.Kind, t.Minimum, t.Maximum, t.Unit, t.Subject)).ToList();

        // Targets that stay keep their id, so that figures already reported against them stay attached.
        var dropped = existing.Where(t => !wanted.Contains(Key(t.Kind, t.Minimum, t.Maximum, t.Unit, t.Subject))).ToList();
        db.Targets.RemoveRange(dropped);
        var droppedIds = dropped.Select(t => t.Id).ToList();
        await db.ReportFigures.Where(f => droppedIds.Contains(f.TargetId)).ExecuteDeleteAsync(cancellationToken);
        var sequence = 0;
        foreach (var target in draftItem.Targets)
        {
            sequence++;
            var same = existing.FirstOrDefault(t => !dropped.Contains(t) && Key(t.Kind, t.Minimum, t.Maximum, t.Unit, t.Subject) == Key(target.Kind, target.Minimum, target.Maximum, target.Unit, target.Subject));
            if (same is not null)
            {
                same.Sequence = sequence;
                continue;
            }

            db.Targets.Add(new StoredTarget
            {
                Id = Guid.NewGuid(), ItemId = item.Id, Sequence = sequence, Kind = target.Kind, Minimum = target.Minimum, Maximum = target.Maximum,
                Unit = target.Unit, Subject = Truncate(target.Subject, 200), Text = Truncate(target.Text, 1000),
            });
        }
    }

    private void AddTasks(Guid itemId, IEnumerable<DraftMeasure> measures, int firstSequence, DateOnly deadline, int year)
    {
        var sequence = firstSequence;
        foreach (var measure in measures)
        {
            AddTask(itemId, measure, sequence++, deadline, year);
        }
    }

    private void AddTask(Guid itemId, DraftMeasure measure, int sequence, DateOnly deadline, int year)
    {
        var task = new StoredTask
        {
            Id = Guid.NewGuid(), ItemId = itemId, Sequence = sequence, Label = measure.Label, Text = measure.Text,
            ContentHash = DraftItem.Hash(measure.Text), Deadline = deadline, Status = TaskStatus.NotStarted,
        };
        db.Tasks.Add(task);
        foreach (var milestone in TaskRules.Milestones(year, deadline, calendar))
        {
            db.Milestones.Add(new Milestone { TaskId = task.Id, Quarter = milestone.Quarter, DueDate = milestone.DueDate, ExpectedPercent = milestone.ExpectedPercent });
        }
    }

    private async Task MergeTasksAsync(Guid itemId, IReadOnlyList<DraftMeasure> measures, DateOnly deadline, int year, CancellationToken cancellationToken)
    {
        var existing = await db.Tasks.Where(t => t.ItemId == itemId).ToListAsync(cancellationToken);
        var used = new HashSet<Guid>();
        var sequence = 0;
        foreach (var measure in measures)
        {
            sequence++;
            var hash = DraftItem.Hash(measure.Text);
            var same = existing.FirstOrDefault(t => t.ContentHash == hash && !used.Contains(t.Id));
            if (same is not null)
            {
                used.Add(same.Id);
                same.Sequence = sequence;
                same.Label = measure.Label;
                same.Withdrawn = false;
                continue;
            }

            AddTask(itemId, measure, sequence, deadline, year);
        }

        foreach (var gone in existing.Where(t => !used.Contains(t.Id)))
        {
            gone.Withdrawn = true;
            gone.Sequence = ++sequence;
        }
    }

    private void SetUnits(StoredItem item, DraftItem draftItem, List<ItemUnit> existing)
    {
        db.ItemUnits.RemoveRange(existing);
        item.LeadOrganizationId = draftItem.LeadOrganizationId;
        item.UnitsConfirmed = draftItem.UnitsConfirmed;
        if (draftItem.LeadOrganizationId is { } lead)
        {
            db.ItemUnits.Add(new ItemUnit { ItemId = item.Id, OrganizationId = lead, IsLead = true });
        }

        foreach (var co in draftItem.CoOrganizationIds.Where(c => c != draftItem.LeadOrganizationId).Distinct())
        {
            db.ItemUnits.Add(new ItemUnit { ItemId = item.Id, OrganizationId = co, IsLead = false });
        }
    }

    private async Task<PlanDraft> FindDraftAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Drafts.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new NotFoundException("导入草稿不存在或已提交。", "The import draft does not exist or was committed already.");

    internal static void RequireOffice(Actor actor)
    {
        if (!actor.IsOfficeLevel)
        {
            throw new ForbiddenException("只有市知识产权局工作人员可以办理此事项。", "Only IP office staff may do this.");
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
