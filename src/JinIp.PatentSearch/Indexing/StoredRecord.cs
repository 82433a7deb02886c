using System.Globalization;
using System.Text.Json;
using JinIp.PatentSearch.Records;

namespace JinIp.PatentSearch.Indexing;

/// <summary>
/// JSON form of a full <see cref="PatentRecord"/> kept in the index when there is no database behind it (CLI,
/// benchmark). Plain strings so that the stored form survives changes to the value types.
/// </summary>
internal sealed class StoredRecord
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public string? An { get; set; }

    public List<string[]> Pub { get; set; } = [];

    public int Type { get; set; }

    public string Ti { get; set; } = string.Empty;

    public string? Ab { get; set; }

    public string? Cl { get; set; }

    public List<string[]> Pa { get; set; } = [];

    public List<string[]> Po { get; set; } = [];

    public List<string> In { get; set; } = [];

    public string? Ag { get; set; }

    public List<string> At { get; set; } = [];

    public string? Mc { get; set; }

    public List<string> Ic { get; set; } = [];

    public string? Ad { get; set; }

    public string? Gd { get; set; }

    public List<string?[]> Pr { get; set; } = [];

    public string? Dz { get; set; }

    public string?[]? Co { get; set; }

    public int Ls { get; set; }

    public List<string?[]> Ev { get; set; } = [];

    public string? Fam { get; set; }

    public bool Ovs { get; set; }

    public List<int> Aw { get; set; } = [];

    public static byte[] Serialize(PatentRecord r) => JsonSerializer.SerializeToUtf8Bytes(
        new StoredRecord
        {
            An = r.ApplicationNumber?.ToString(),
            Pub = [.. r.Publications.Select(p => new[] { p.Number.ToString(), Date(p.Date) ?? string.Empty })],
            Type = (int)r.Type,
            Ti = r.Title,
            Ab = r.Abstract,
            Cl = r.Claims,
            Pa = [.. r.Applicants.Select(p => new[] { p.Name, ((int)p.Type).ToString(CultureInfo.InvariantCulture) })],
            Po = [.. r.RightHolders.Select(p => new[] { p.Name, ((int)p.Type).ToString(CultureInfo.InvariantCulture) })],
            In = [.. r.Inventors],
            Ag = r.Agency,
            At = [.. r.Agents],
            Mc = r.MainIpc?.Code,
            Ic = [.. r.Ipcs.Select(c => c.Code)],
            Ad = Date(r.ApplicationDate),
            Gd = Date(r.GrantDate),
            Pr = [.. r.Priorities.Select(p => new[] { p.Country, p.Number, Date(p.Date) })],
            Dz = r.Address,
            Co = r.Region is { } region ? [region.Province, region.City, region.District] : null,
            Ls = (int)r.LegalStatus,
            Ev = [.. r.LegalEvents.Select(e => new[] { Date(e.Date), ((int)e.Kind).ToString(CultureInfo.InvariantCulture), e.Description, e.AmountYuan?.ToString(CultureInfo.InvariantCulture) })],
            Fam = r.FamilyId,
            Ovs = r.HasOverseasGrant,
            Aw = [.. r.Awards.Select(a => (int)a)],
        },
        Options);

    public static PatentRecord Deserialize(byte[] json)
    {
        var s = JsonSerializer.Deserialize<StoredRecord>(json, Options) ?? throw new InvalidDataException("Stored record is empty.");
        return new PatentRecord
        {
            ApplicationNumber = s.An is null ? null : ApplicationNumber.Parse(s.An),
            Publications = [.. s.Pub.Select(p => new Publication(PublicationNumber.Parse(p[0]), ParseDate(p[1])))],
            Type = (PatentType)s.Type,
            Title = s.Ti,
            Abstract = s.Ab,
            Claims = s.Cl,
            Applicants = [.. s.Pa.Select(ToParty)],
            RightHolders = [.. s.Po.Select(ToParty)],
            Inventors = s.In,
            Agency = s.Ag,
            Agents = s.At,
            MainIpc = s.Mc is null ? null : IpcCode.Parse(s.Mc),
            Ipcs = [.. s.Ic.Select(IpcCode.Parse)],
            ApplicationDate = ParseDate(s.Ad),
            GrantDate = ParseDate(s.Gd),
            Priorities = [.. s.Pr.Select(p => new Priority(p[0] ?? string.Empty, p[1] ?? string.Empty, ParseDate(p[2])))],
            Address = s.Dz,
            Region = s.Co is { } co && co[0] is { } province ? new RegionCode(province, co[1], co[2]) : null,
            LegalStatus = (LegalStatus)s.Ls,
            LegalEvents = [.. s.Ev.Select(e => new LegalEvent(
                ParseDate(e[0]) ?? default,
                (LegalEventKind)int.Parse(e[1]!, CultureInfo.InvariantCulture),
                e[2],
                e[3] is null ? null : decimal.Parse(e[3]!, CultureInfo.InvariantCulture)))],
            FamilyId = s.Fam,
            HasOverseasGrant = s.Ovs,
            Awards = [.. s.Aw.Select(a => (PatentAward)a)],
        };
    }

    private static Party ToParty(string[] p) => new(p[0], (ApplicantType)int.Parse(p[1], CultureInfo.InvariantCulture));

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        string.IsNullOrEmpty(text) ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
