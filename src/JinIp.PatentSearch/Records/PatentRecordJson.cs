using JinIp.PatentSearch.Indexing;

namespace JinIp.PatentSearch.Records;

/// <summary>
/// The stable JSON form of a <see cref="PatentRecord"/>: what the database stores and the index can keep, so
/// both always agree on what a record is.
/// </summary>
public static class PatentRecordJson
{
    public static byte[] Serialize(PatentRecord record) => StoredRecord.Serialize(record);

    public static PatentRecord Deserialize(byte[] utf8Json) => StoredRecord.Deserialize(utf8Json);
}
