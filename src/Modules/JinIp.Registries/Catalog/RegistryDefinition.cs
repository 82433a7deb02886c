using System.Data;
using JinIp.Platform.Audit;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Platform.Workflow;
using JinIp.Registries.Data;
using JinIp.Registries.Import;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace JinIp.Registries.Catalog;

/// <summary>What a registry operation runs with.</summary>
internal sealed record RegistryContext(RegistriesDbContext Db, IAuditLog Audit, TimeProvider Clock, Actor Actor);

/// <summary>The operations every registry offers, whatever its record type.</summary>
internal interface IRegistry
{
    RegistryInfo Info { get; }

    Task<RecordPage> SearchAsync(RegistriesDbContext db, string? query, int page, int size, CancellationToken cancellationToken);

    Task<RecordView?> FindAsync(RegistriesDbContext db, Guid id, CancellationToken cancellationToken);

    Task<RecordView> CreateAsync(RegistryContext context, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken);

    Task<RecordView> UpdateAsync(RegistryContext context, Guid id, int expectedVersion, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken);

    Task DeleteAsync(RegistryContext context, Guid id, int expectedVersion, CancellationToken cancellationToken);

    Task<ImportOutcome> ImportAsync(RegistryContext context, Stream content, string fileName, CancellationToken cancellationToken);

    void WriteTemplate(Stream output);
}

/// <summary>
/// A registry over one record type: its columns, the natural key that makes a row unique (an import
/// updates the record with the same key instead of adding a second), the name it is sorted by, and
/// hooks for references to other registries.
/// </summary>
internal sealed class RegistryDefinition<T> : IRegistry
    where T : RegistryRecord, new()
{
    public const int MaxImportRows = 10_000;

    public required string Key { get; init; }

    public required string NameZh { get; init; }

    public required string NameEn { get; init; }

    public required string DescriptionZh { get; init; }

    public required string DescriptionEn { get; init; }

    public required IReadOnlyList<RegistryColumn<T>> Columns { get; init; }

    /// <summary>What makes a record unique in its registry, e.g. mark + owner.</summary>
    public required Func<T, string> NaturalKey { get; init; }

    /// <summary>The name the public list is sorted by (Chinese collation).</summary>
    public required Func<T, string> SortKey { get; init; }

    /// <summary>Checks and fills references to other records (e.g. a producer's GI); the error names the column.</summary>
    public Func<RegistriesDbContext, T, CancellationToken, Task<FieldError?>>? Resolve { get; init; }

    /// <summary>Runs in the saving transaction after a record was created or changed.</summary>
    public Func<RegistriesDbContext, T, CancellationToken, Task>? AfterSave { get; init; }

    /// <summary>Refuses a deletion (e.g. a GI that producers still refer to).</summary>
    public Func<RegistriesDbContext, T, CancellationToken, Task<GuardFailure?>>? BeforeDelete { get; init; }

    public RegistryInfo Info => new(Key, NameZh, NameEn, DescriptionZh, DescriptionEn, Columns.Select(c => c.Info).ToList());

    private string SubjectType => "registry." + Key;

    public async Task<RecordPage> SearchAsync(RegistriesDbContext db, string? query, int page, int size, CancellationToken cancellationToken)
    {
        var records = db.Set<T>().AsNoTracking();
        foreach (var term in (query ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(10))
        {
            records = records.Where(r => r.SearchText.Contains(term));
        }

        // REVIEW: registries hold hundreds to a few thousand rows; sorting by pinyin happens here, where the
        // zh-CN collation is the same on every database, rather than in SQL (SQLite has no such collation).
        var all = await records.ToListAsync(cancellationToken);
        var ordered = all.OrderBy(SortKey, ChineseCollation.Comparer).ThenBy(r => r.Id).ToList();
        var pageCount = Math.Max(1, (int)Math.Ceiling(ordered.Count / (double)size));
        var current = Math.Clamp(page, 1, pageCount);
        return new RecordPage(ordered.Count, current, size, ordered.Skip((current - 1) * size).Take(size).Select(View).ToList());
    }

    public async Task<RecordView?> FindAsync(RegistriesDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Set<T>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } record ? View(record) : null;

    public async Task<RecordView> CreateAsync(RegistryContext context, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var record = new T();
        var errors = Apply(record, values, requireAll: true);
        await CheckAsync(context.Db, record, errors, cancellationToken);
        var now = context.Clock.GetUtcNow().UtcDateTime;
        record.Id = Guid.NewGuid();
        record.Version = 1;
        record.CreatedAt = now;
        record.UpdatedAt = now;
        record.SearchText = SearchTextOf(record);

        await using var transaction = await context.Db.Database.BeginTransactionAsync(cancellationToken);
        context.Db.Add(record);
        await context.Db.SaveChangesAsync(cancellationToken);
        await AfterSaveAsync(context.Db, record, cancellationToken);
        await context.Audit.AppendAsync(context.Db, new AuditRecord("registry.create", SubjectType, record.Id.ToString("D"), After: Snapshot(record)) { Actor = context.Actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return View(record);
    }

    public async Task<RecordView> UpdateAsync(RegistryContext context, Guid id, int expectedVersion, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var record = await context.Db.Set<T>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw NotFound();
        if (record.Version != expectedVersion)
        {
            throw Stale();
        }

        var before = Snapshot(record);
        var errors = Apply(record, values, requireAll: false);
        await CheckAsync(context.Db, record, errors, cancellationToken);
        var after = Snapshot(record);
        if (SameSnapshot(before, after))
        {
            return View(record);
        }

        // The UPDATE matches only the version the editor saw: a change saved meanwhile makes this one fail.
        context.Db.Entry(record).Property(r => r.Version).OriginalValue = expectedVersion;
        record.Version = expectedVersion + 1;
        record.UpdatedAt = context.Clock.GetUtcNow().UtcDateTime;
        record.SearchText = SearchTextOf(record);

        await using var transaction = await context.Db.Database.BeginTransactionAsync(cancellationToken);
        await SaveAsync(context.Db, cancellationToken);
        await AfterSaveAsync(context.Db, record, cancellationToken);
        await context.Audit.AppendAsync(context.Db, new AuditRecord("registry.update", SubjectType, id.ToString("D"), before, after) { Actor = context.Actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return View(record);
    }

    public async Task DeleteAsync(RegistryContext context, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var record = await context.Db.Set<T>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw NotFound();
        if (record.Version != expectedVersion)
        {
            throw Stale();
        }

        if (BeforeDelete is not null && await BeforeDelete(context.Db, record, cancellationToken) is { } refused)
        {
            throw new ConflictException(refused.MessageZh, refused.MessageEn);
        }

        var before = Snapshot(record);
        context.Db.Entry(record).Property(r => r.Version).OriginalValue = expectedVersion;
        context.Db.Remove(record);
        await using var transaction = await context.Db.Database.BeginTransactionAsync(cancellationToken);
        await SaveAsync(context.Db, cancellationToken);
        await context.Audit.AppendAsync(context.Db, new AuditRecord("registry.delete", SubjectType, id.ToString("D"), before) { Actor = context.Actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<ImportOutcome> ImportAsync(RegistryContext context, Stream content, string fileName, CancellationToken cancellationToken)
    {
        var sheet = ExcelSheet.Read(content);
        var errors = new List<ImportRowError>();
        var present = new List<RegistryColumn<T>>();
        var byHeader = new Dictionary<string, RegistryColumn<T>>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in Columns)
        {
            byHeader[column.Zh] = column;
            byHeader[column.En] = column;
            byHeader[column.Key] = column;
        }

        var headerColumns = new Dictionary<string, RegistryColumn<T>>(StringComparer.Ordinal);
        foreach (var header in sheet.Headers)
        {
            if (byHeader.TryGetValue(ExcelSheet.CleanHeader(header), out var column) && !present.Contains(column))
            {
                present.Add(column);
                headerColumns[header] = column;
            }
            else if (!string.IsNullOrWhiteSpace(header))
            {
                errors.Add(new ImportRowError(1, header, $"未知的列“{header}”，请使用模板中的列名。", $"Unknown column '{header}'; use the template's column names."));
            }
        }

        foreach (var missing in Columns.Where(c => c.Required && !present.Contains(c)))
        {
            errors.Add(new ImportRowError(1, missing.Zh, $"缺少必填列“{missing.Zh}”。", $"The required column '{missing.Zh}' ({missing.En}) is missing."));
        }

        if (errors.Count > 0)
        {
            return new ImportOutcome(sheet.Rows.Count, 0, 0, 0, errors);
        }

        var parsed = new List<(int Row, T Record)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            if (row.Cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var record = new T();
            var rowErrors = new List<ImportRowError>();
            foreach (var (header, column) in headerColumns)
            {
                if (column.Set(record, row.Cells.GetValueOrDefault(header)) is { } error)
                {
                    rowErrors.Add(new ImportRowError(row.Number, column.Zh, error.MessageZh, error.MessageEn));
                }
            }

            if (rowErrors.Count == 0 && Resolve is not null && await Resolve(context.Db, record, cancellationToken) is { } reference)
            {
                rowErrors.Add(new ImportRowError(row.Number, Columns.FirstOrDefault(c => c.Key == reference.Field)?.Zh ?? reference.Field, reference.MessageZh, reference.MessageEn));
            }

            if (rowErrors.Count == 0)
            {
                var key = NaturalKey(record);
                if (seen.TryGetValue(key, out var first))
                {
                    rowErrors.Add(new ImportRowError(row.Number, Columns[0].Zh, $"与第 {first} 行是同一条记录（重复）。", $"Repeats the record of row {first}."));
                }
                else
                {
                    seen[key] = row.Number;
                }
            }

            errors.AddRange(rowErrors);
            parsed.Add((row.Number, record));
        }

        if (parsed.Count == 0)
        {
            errors.Add(new ImportRowError(2, "", "文件中没有数据行。", "The file has no data rows."));
        }
        else if (parsed.Count > MaxImportRows)
        {
            errors.Add(new ImportRowError(MaxImportRows + 2, "", $"一次最多导入 {MaxImportRows} 行。", $"At most {MaxImportRows} rows per import."));
        }

        if (errors.Count > 0)
        {
            return new ImportOutcome(parsed.Count, 0, 0, 0, errors);
        }

        return await StoreAsync(context, parsed.Select(p => p.Record).ToList(), present, fileName, cancellationToken);
    }

    public void WriteTemplate(Stream output)
    {
        var data = new DataTable("数据");
        foreach (var column in Columns)
        {
            data.Columns.Add(column.Zh, typeof(string));
        }

        var guide = Columns.Select(c => new Dictionary<string, object?>
        {
            ["列名"] = c.Zh,
            ["Column"] = c.En,
            ["填写说明"] = c.HintZh,
            ["Notes"] = c.HintEn,
            ["示例 Example"] = c.Example,
        }).ToList();
        var sheets = new Dictionary<string, object> { ["数据"] = data, ["填写说明"] = guide };
        output.SaveAs(sheets, excelType: ExcelType.XLSX);
    }

    /// <summary>All rows in one transaction: each record is added, or updated where its natural key exists, each with an audit entry.</summary>
    private async Task<ImportOutcome> StoreAsync(RegistryContext context, List<T> rows, List<RegistryColumn<T>> present, string fileName, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var now = context.Clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = (await db.Set<T>().ToListAsync(cancellationToken))
            .GroupBy(NaturalKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var audits = new List<AuditRecord>();
        var changed = new List<T>();
        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (existing.TryGetValue(NaturalKey(row), out var current))
            {
                var before = Snapshot(current);
                foreach (var column in present)
                {
                    column.Set(current, column.Get(row));
                }

                if (Resolve is not null)
                {
                    await Resolve(db, current, cancellationToken);
                }

                var after = Snapshot(current);
                if (SameSnapshot(before, after))
                {
                    unchanged++;
                    continue;
                }

                db.Entry(current).Property(r => r.Version).OriginalValue = current.Version;
                current.Version++;
                current.UpdatedAt = now;
                current.SearchText = SearchTextOf(current);
                audits.Add(new AuditRecord("registry.update", SubjectType, current.Id.ToString("D"), before, after) { Actor = context.Actor });
                changed.Add(current);
                updated++;
            }
            else
            {
                row.Id = Guid.NewGuid();
                row.Version = 1;
                row.CreatedAt = now;
                row.UpdatedAt = now;
                row.SearchText = SearchTextOf(row);
                db.Add(row);
                audits.Add(new AuditRecord("registry.create", SubjectType, row.Id.ToString("D"), After: Snapshot(row)) { Actor = context.Actor });
                changed.Add(row);
                created++;
            }
        }

        await SaveAsync(db, cancellationToken);
        foreach (var record in changed)
        {
            await AfterSaveAsync(db, record, cancellationToken);
        }

        foreach (var audit in audits)
        {
            await context.Audit.AppendAsync(db, audit, cancellationToken);
        }

        await context.Audit.AppendAsync(db, new AuditRecord("registry.import", SubjectType, null, After: new { FileName = fileName, Rows = rows.Count, Created = created, Updated = updated, Unchanged = unchanged }) { Actor = context.Actor }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportOutcome(rows.Count, created, updated, unchanged, []);
    }

    private List<FieldError> Apply(T record, IReadOnlyDictionary<string, string?> values, bool requireAll)
    {
        var errors = new List<FieldError>();
        foreach (var key in values.Keys.Where(k => Columns.All(c => c.Key != k)))
        {
            errors.Add(new FieldError(key, $"未知的字段“{key}”。", $"Unknown field '{key}'."));
        }

        foreach (var column in Columns)
        {
            if (values.TryGetValue(column.Key, out var value) || requireAll)
            {
                if (column.Set(record, value) is { } error)
                {
                    errors.Add(error);
                }
            }
        }

        return errors;
    }

    private async Task CheckAsync(RegistriesDbContext db, T record, List<FieldError> errors, CancellationToken cancellationToken)
    {
        if (errors.Count == 0 && Resolve is not null && await Resolve(db, record, cancellationToken) is { } reference)
        {
            errors.Add(reference);
        }

        if (errors.Count == 0)
        {
            var key = NaturalKey(record);
            var others = await db.Set<T>().AsNoTracking().Where(r => r.Id != record.Id).ToListAsync(cancellationToken);
            if (others.Any(o => NaturalKey(o) == key))
            {
                errors.Add(new FieldError(Columns[0].Key, $"{NameZh}中已有同一条记录。", $"The {NameEn} already holds this record."));
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    private async Task AfterSaveAsync(RegistriesDbContext db, T record, CancellationToken cancellationToken)
    {
        if (AfterSave is not null)
        {
            await AfterSave(db, record, cancellationToken);
        }
    }

    private static async Task SaveAsync(RegistriesDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw Stale(ex);
        }
    }

    internal RecordView View(T record) => new(
        record.Id,
        record.Version,
        record.UpdatedAt,
        Columns.ToDictionary(c => c.Key, c => c.Get(record), StringComparer.Ordinal),
        Columns.ToDictionary(c => c.Key, c => c.Display(record, UiCulture.IsCurrentChinese), StringComparer.Ordinal));

    internal string SearchTextOf(T record) =>
        string.Join(" ", Columns.Where(c => c.Searchable).Select(c => c.Get(record)).Where(v => v is not null)).ToLowerInvariant();

    private Dictionary<string, string?> Snapshot(T record) => Columns.ToDictionary(c => c.Key, c => c.Get(record), StringComparer.Ordinal);

    private static bool SameSnapshot(Dictionary<string, string?> a, Dictionary<string, string?> b) =>
        a.All(kv => string.Equals(kv.Value, b.GetValueOrDefault(kv.Key), StringComparison.Ordinal));

    private NotFoundException NotFound() => new($"{NameZh}中没有这条记录。", $"The {NameEn} has no such record.");

    internal static ConflictException Stale(Exception? inner = null) => new(
        "该记录已被他人修改，请刷新后重试（您的修改未保存）。",
        "This record was changed by someone else meanwhile; reload it and try again (your change was not saved).",
        inner);
}
