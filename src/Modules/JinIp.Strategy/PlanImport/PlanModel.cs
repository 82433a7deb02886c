using System.Diagnostics.CodeAnalysis;

namespace JinIp.Strategy.PlanImport;

/// <summary>A work plan read from a document: title, year, preamble and its parts.</summary>
/// <param name="Title">The document title, e.g. 2021年天津市知识产权战略实施工作要点; empty when the document has none.</param>
/// <param name="Year">The plan year taken from the title (or the preamble when the title has none).</param>
/// <param name="Preamble">Text between the title and the first part or item.</param>
/// <param name="Parts">Parts in document order; a document without part headings has one part with no number.</param>
public sealed record PlanDocument(string Title, int? Year, string Preamble, IReadOnlyList<PlanPart> Parts)
{
    /// <summary>All items of all parts in document order.</summary>
    public IEnumerable<PlanItem> Items => Parts.SelectMany(part => part.Items);
}

/// <summary>A part of the plan, written as <c>一、强化顶层设计…</c>.</summary>
/// <param name="Number">The part number (1 for 一), or null for the implicit part of a document without part headings.</param>
/// <param name="Numeral">The numeral as written, e.g. 一; empty for the implicit part.</param>
/// <param name="Title">The heading text after the numeral.</param>
/// <param name="Introduction">Paragraphs under the part heading before its first item.</param>
/// <param name="Items">The work points of this part.</param>
/// <param name="Line">1-based source line (paragraph for .docx) of the heading, 0 for the implicit part.</param>
public sealed record PlanPart(int? Number, string Numeral, string Title, string Introduction, IReadOnlyList<PlanItem> Items, int Line);

/// <summary>A work point, written as <c>（七）加强专利商标行政保护。…</c>.</summary>
/// <param name="Number">The item number (7 for 七).</param>
/// <param name="Numeral">The numeral as written, e.g. 七.</param>
/// <param name="Headline">The first sentence without its punctuation, e.g. 加强专利商标行政保护.</param>
/// <param name="Body">The text after the headline; paragraphs are separated by a line feed.</param>
/// <param name="Measures">One per sentence, or one per numbered measure where the document numbers them.</param>
/// <param name="Units">Responsible units stated anywhere in the item, strongest role first.</param>
/// <param name="Targets">Measurable targets found in the headline and the measures.</param>
/// <param name="Line">1-based source line (paragraph for .docx) of the item heading.</param>
public sealed record PlanItem(
    int Number,
    string Numeral,
    string Headline,
    string Body,
    IReadOnlyList<PlanMeasure> Measures,
    IReadOnlyList<ResponsibleUnit> Units,
    IReadOnlyList<PlanTarget> Targets,
    int Line);

/// <summary>One measure of an item: a sentence, or a numbered measure such as <c>1.</c>, <c>（1）</c> or <c>①</c>.</summary>
/// <param name="Sequence">1-based position within the item.</param>
/// <param name="Label">The numbering as written (<c>1.</c>, <c>（2）</c>, <c>③</c>), or null for a plain sentence.</param>
/// <param name="Text">The measure text with any responsibility note removed.</param>
/// <param name="Units">Units stated for this measure.</param>
/// <param name="Targets">Targets found in this measure.</param>
public sealed record PlanMeasure(int Sequence, string? Label, string Text, IReadOnlyList<ResponsibleUnit> Units, IReadOnlyList<PlanTarget> Targets);

/// <summary>How a unit is responsible for an item or measure.</summary>
public enum UnitRole
{
    /// <summary>Leads (牵头单位, or first of a 责任单位 list).</summary>
    Lead,

    /// <summary>Co-operates (配合单位, 参与单位, or a later name of a 责任单位 list).</summary>
    Co,

    /// <summary>Responsible for its own share without a lead (按职责分工负责, 分别负责).</summary>
    Shared,
}

/// <summary>A unit named by the document as responsible.</summary>
/// <param name="Name">The unit name as written, e.g. 市知识产权局.</param>
/// <param name="Role">Lead, co-unit, or shared responsibility.</param>
public sealed record ResponsibleUnit(string Name, UnitRole Role);

/// <summary>The shape of a measurable target.</summary>
public enum TargetKind
{
    /// <summary>A single figure: 培育50家.</summary>
    Exact,

    /// <summary>A range: 5-10个.</summary>
    Range,

    /// <summary>A floor: 100起以上, 不少于, 超过, 达到.</summary>
    AtLeast,

    /// <summary>A ceiling: 以内, 不超过.</summary>
    AtMost,

    /// <summary>An approximate figure: 左右.</summary>
    Approximately,

    /// <summary>A direction without a figure: 明显增长.</summary>
    Qualitative,
}

/// <summary>A measurable target such as <c>组织实施5-10个专利导航项目</c>.</summary>
/// <param name="Kind">The shape of the target.</param>
/// <param name="Minimum">The lower figure (the figure itself for exact targets); null for qualitative targets and ceilings.</param>
/// <param name="Maximum">The upper figure for ranges, exact targets and ceilings; null otherwise.</param>
/// <param name="Unit">The unit as written (个, 起, %, 万件, 亿元…); null for qualitative targets.</param>
/// <param name="Subject">What is counted, e.g. 专利导航项目.</param>
/// <param name="Text">The clause the target was read from.</param>
public sealed record PlanTarget(TargetKind Kind, decimal? Minimum, decimal? Maximum, string? Unit, string Subject, string Text);

/// <summary>A suspicious structure that did not stop the import.</summary>
/// <param name="Code">A stable code: numbering-gap, duplicate-number, item-without-measures, …</param>
/// <param name="MessageZh">The message for staff in Chinese.</param>
/// <param name="MessageEn">The same message in English.</param>
/// <param name="Line">1-based source line, or null when the warning concerns the whole document.</param>
public sealed record PlanWarning(string Code, string MessageZh, string MessageEn, int? Line);

/// <summary>Why a document was not accepted as a plan.</summary>
/// <param name="Code">A stable code: empty, unreadable, unsupported-format, not-a-plan.</param>
/// <param name="MessageZh">The message for staff in Chinese.</param>
/// <param name="MessageEn">The same message in English.</param>
public sealed record PlanParseError(string Code, string MessageZh, string MessageEn);

/// <summary>The outcome of reading a document: a whole plan with warnings, or an error and no plan at all.</summary>
public sealed record PlanParseResult
{
    private PlanParseResult(PlanDocument? document, PlanParseError? error, IReadOnlyList<PlanWarning> warnings)
    {
        Document = document;
        Error = error;
        Warnings = warnings;
    }

    /// <summary>The plan; set exactly when <see cref="Succeeded"/> is true.</summary>
    public PlanDocument? Document { get; }

    /// <summary>The reason the document was rejected; set exactly when <see cref="Succeeded"/> is false.</summary>
    public PlanParseError? Error { get; }

    /// <summary>Suspicious structure found while reading; empty for a rejected document.</summary>
    public IReadOnlyList<PlanWarning> Warnings { get; }

    /// <summary>True when the document was read as a plan.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Document is not null;

    internal static PlanParseResult Success(PlanDocument document, IReadOnlyList<PlanWarning> warnings) => new(document, null, warnings);

    internal static PlanParseResult Failure(PlanParseError error) => new(null, error, []);
}
