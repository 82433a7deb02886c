using JinIp.Platform.Errors;

namespace JinIp.Registries.Catalog;

/// <summary>
/// One column of a registry: its Excel header in Chinese and English, how to read its canonical text
/// from a record and how to parse text into it. The same column drives the import, the template, the
/// edit form, the API and the public list, so a rule is written once.
/// </summary>
internal sealed class RegistryColumn<T>
{
    public required string Key { get; init; }

    public required string Zh { get; init; }

    public required string En { get; init; }

    public bool Required { get; init; }

    /// <summary>Whether the public search looks in this column.</summary>
    public bool Searchable { get; init; } = true;

    public bool Multiline { get; init; }

    public string HintZh { get; init; } = "";

    public string HintEn { get; init; } = "";

    public string Example { get; init; } = "";

    /// <summary>The canonical text: what an export or an edit form shows, and what <see cref="Set"/> accepts back.</summary>
    public required Func<T, string?> Get { get; init; }

    /// <summary>The text shown in English pages when it differs from the canonical (Chinese) text.</summary>
    public Func<T, string?>? GetEnglish { get; init; }

    public required Func<T, string?, FieldError?> Set { get; init; }

    public ColumnText Text => new(Key, Zh, En);

    public string? Display(T record, bool chinese) => chinese || GetEnglish is null ? Get(record) : GetEnglish(record);

    public ColumnInfo Info => new(Key, Zh, En, Required, Multiline, HintZh, HintEn, Example);
}

/// <summary>Column factories for the kinds of value the registries hold.</summary>
internal static class Column
{
    public static RegistryColumn<T> Text<T>(string key, string zh, string en, Func<T, string?> get, Action<T, string?> set, bool required = false, int maxLength = 200, bool multiline = false, string example = "", bool searchable = true)
    {
        var text = new ColumnText(key, zh, en);
        return new RegistryColumn<T>
        {
            Key = key, Zh = zh, En = en, Required = required, Multiline = multiline, Example = example, Searchable = searchable,
            HintZh = required ? $"必填，最多 {maxLength} 字" : $"选填，最多 {maxLength} 字",
            HintEn = required ? $"required, at most {maxLength} characters" : $"optional, at most {maxLength} characters",
            Get = get,
            Set = (record, value) =>
            {
                var error = Cells.Text(text, value, required, maxLength, out var parsed);
                if (error is null)
                {
                    set(record, parsed);
                }

                return error;
            },
        };
    }

    public static RegistryColumn<T> Date<T>(string key, string zh, string en, Func<T, DateOnly?> get, Action<T, DateOnly?> set, bool required = false, string example = "2021-03-01")
    {
        var text = new ColumnText(key, zh, en);
        return new RegistryColumn<T>
        {
            Key = key, Zh = zh, En = en, Required = required, Example = example, Searchable = false,
            HintZh = (required ? "必填" : "选填") + "，日期，如 2021-03-01",
            HintEn = (required ? "required" : "optional") + ", a date such as 2021-03-01",
            Get = r => Cells.Format(get(r)),
            Set = (record, value) =>
            {
                var error = Cells.Date(text, value, required, out var parsed);
                if (error is null)
                {
                    set(record, parsed);
                }

                return error;
            },
        };
    }

    public static RegistryColumn<T> Year<T>(string key, string zh, string en, Func<T, int?> get, Action<T, int?> set, bool required = false, string example = "1858")
    {
        var text = new ColumnText(key, zh, en);
        return new RegistryColumn<T>
        {
            Key = key, Zh = zh, En = en, Required = required, Example = example, Searchable = false,
            HintZh = (required ? "必填" : "选填") + "，四位年份",
            HintEn = (required ? "required" : "optional") + ", a four-digit year",
            Get = r => Cells.Format(get(r)),
            Set = (record, value) =>
            {
                var error = Cells.Year(text, value, required, 2200, out var parsed);
                if (error is null)
                {
                    set(record, parsed);
                }

                return error;
            },
        };
    }

    public static RegistryColumn<T> Choice<T, TEnum>(string key, string zh, string en, IReadOnlyList<ChoiceLabel<TEnum>> choices, Func<T, TEnum?> get, Action<T, TEnum?> set, bool required = true)
        where TEnum : struct, Enum
    {
        var text = new ColumnText(key, zh, en);
        return new RegistryColumn<T>
        {
            Key = key, Zh = zh, En = en, Required = required, Example = choices[0].Zh,
            HintZh = (required ? "必填" : "选填") + "，可填：" + string.Join("、", choices.Select(c => c.Zh)),
            HintEn = (required ? "required" : "optional") + ", one of: " + string.Join(", ", choices.Select(c => c.En)),
            Get = r => get(r) is { } v ? choices.First(c => c.Value.Equals(v)).Zh : null,
            GetEnglish = r => get(r) is { } v ? choices.First(c => c.Value.Equals(v)).En : null,
            Set = (record, value) =>
            {
                var error = Cells.Choice(text, value, required, choices, out var parsed);
                if (error is null)
                {
                    set(record, parsed);
                }

                return error;
            },
        };
    }

    public static RegistryColumn<T> NiceClasses<T>(string key, string zh, string en, Func<T, string?> get, Action<T, string?> set)
    {
        var text = new ColumnText(key, zh, en);
        return new RegistryColumn<T>
        {
            Key = key, Zh = zh, En = en, Required = true, Example = "30；43", Searchable = true,
            HintZh = "必填，尼斯分类号 1–45，多个用分号或逗号分隔",
            HintEn = "required, Nice classes 1–45, several separated by semicolons or commas",
            Get = get,
            Set = (record, value) =>
            {
                var error = Cells.NiceClasses(text, value, true, out var parsed);
                if (error is null)
                {
                    set(record, parsed);
                }

                return error;
            },
        };
    }

    public static RegistryColumn<T> CreditCode<T>(string key, string zh, string en, Func<T, string?> get, Action<T, string?> set, bool required = false)
    {
        var text = new ColumnText(key, zh, en);
        return new RegistryColumn<T>
        {
            Key = key, Zh = zh, En = en, Required = required, Example = "91120116MA05JXXX0X", Searchable = true,
            HintZh = (required ? "必填" : "选填") + "，18 位统一社会信用代码（校验末位）",
            HintEn = (required ? "required" : "optional") + ", 18-character unified social credit code (check character verified)",
            Get = get,
            Set = (record, value) =>
            {
                var error = Cells.CreditCode(text, value, required, out var parsed);
                if (error is null)
                {
                    set(record, parsed);
                }

                return error;
            },
        };
    }

    public static RegistryColumn<T> District<T>(string key, string zh, string en, Func<T, string?> getCode, Action<T, string?> setCode, bool required = false)
    {
        var text = new ColumnText(key, zh, en);
        return new RegistryColumn<T>
        {
            Key = key, Zh = zh, En = en, Required = required, Example = "滨海新区", Searchable = true,
            HintZh = (required ? "必填" : "选填") + "，天津市的区名（如 滨海新区）或区划代码",
            HintEn = (required ? "required" : "optional") + ", a Tianjin district name (e.g. 滨海新区) or division code",
            Get = r => JinIp.Platform.Identity.TianjinDistricts.NameOf(getCode(r)),
            Set = (record, value) =>
            {
                var error = Cells.District(text, value, required, out var code);
                if (error is null)
                {
                    setCode(record, code);
                }

                return error;
            },
        };
    }
}
