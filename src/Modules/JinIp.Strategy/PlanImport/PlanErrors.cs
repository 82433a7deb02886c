namespace JinIp.Strategy.PlanImport;

/// <summary>The reasons a document is refused, in the words staff read.</summary>
internal static class PlanErrors
{
    public static readonly PlanParseError Empty = new(
        "empty",
        "文件为空，没有可导入的内容。",
        "The document is empty; there is nothing to import.");

    public static readonly PlanParseError Unreadable = new(
        "unreadable",
        "无法读取文件内容：文件可能已损坏，或不是文本（.txt）或 Word（.docx）文件。",
        "The file cannot be read: it may be damaged, or it is not a text (.txt) or Word (.docx) file.");

    public static readonly PlanParseError LegacyWord = new(
        "unsupported-format",
        "不支持旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后再导入。",
        "Legacy Word (.doc) files are not supported; save the file as .docx in Word and import it again.");

    public static readonly PlanParseError NotAPlan = new(
        "not-a-plan",
        "这不是一份工作计划：未找到“一、”“（一）”等编号的部分或条目。",
        "This is not a work plan: no numbered parts (一、) or items (（一）) were found.");

    public static PlanParseError TooLittleStructure(int items) => new(
        "not-a-plan",
        $"这不像一份工作计划：只找到 {items} 个编号条目，其余都是正文。",
        $"This does not look like a work plan: only {items} numbered item(s) were found among running text.");
}
