using JinIp.Platform.Errors;

namespace JinIp.Registries.Catalog;

/// <summary>A registry as the pages and the API describe it: names, and the columns of its records and of its Excel template.</summary>
public sealed record RegistryInfo(string Key, string NameZh, string NameEn, string DescriptionZh, string DescriptionEn, IReadOnlyList<ColumnInfo> Columns)
{
    public string Name => UiCulture.IsCurrentChinese ? NameZh : NameEn;

    public string Description => UiCulture.IsCurrentChinese ? DescriptionZh : DescriptionEn;
}

public sealed record ColumnInfo(string Key, string HeaderZh, string HeaderEn, bool Required, bool Multiline, string HintZh, string HintEn, string Example)
{
    public string Header => UiCulture.IsCurrentChinese ? HeaderZh : HeaderEn;

    public string Hint => UiCulture.IsCurrentChinese ? HintZh : HintEn;
}

/// <summary>
/// One record: <see cref="Values"/> holds each column's canonical text (what the edit form and the import accept),
/// <see cref="Display"/> the text to show in the caller's language.
/// </summary>
public sealed record RecordView(Guid Id, int Version, DateTime UpdatedAt, IReadOnlyDictionary<string, string?> Values, IReadOnlyDictionary<string, string?> Display);

public sealed record RecordPage(int Total, int Page, int Size, IReadOnlyList<RecordView> Records)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)Size));
}

/// <summary>A refused cell of an import: the Excel row (the header is row 1), the column header and the reason.</summary>
public sealed record ImportRowError(int Row, string Column, string MessageZh, string MessageEn)
{
    public string Message => UiCulture.IsCurrentChinese ? MessageZh : MessageEn;
}

/// <summary>What an import did. With any error nothing was saved.</summary>
public sealed record ImportOutcome(int Rows, int Created, int Updated, int Unchanged, IReadOnlyList<ImportRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
