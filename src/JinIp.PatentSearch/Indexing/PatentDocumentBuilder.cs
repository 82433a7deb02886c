using System.Globalization;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Reference;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace JinIp.PatentSearch.Indexing;

/// <summary>Turns a <see cref="PatentRecord"/> into a Lucene document; the field choices are in <see cref="PatentFields"/>.</summary>
internal sealed class PatentDocumentBuilder(bool storeFullRecord, DateOnly asOf)
{
    public Document Build(PatentRecord record)
    {
        var doc = new Document
        {
            new StringField(PatentFields.Key, record.Key, Field.Store.YES),
            new TextField(PatentFields.Title, record.Title, Field.Store.YES),
        };

        if (record.ApplicationNumber is { } an)
        {
            // Indexed compact (digits and check, no dot) so that a number typed with or without the dot finds it.
            doc.Add(new StringField(PatentFields.ApplicationNumber, an.Digits + an.Check, Field.Store.NO));
            doc.Add(new StoredField(PatentFields.ApplicationNumber, an.ToString()));
        }

        foreach (var publication in record.Publications)
        {
            doc.Add(new StringField(PatentFields.PublicationNumber, publication.Number.ToString(), Field.Store.YES));
            if (publication.Number.Kind.Length > 0)
            {
                doc.Add(new StringField(PatentFields.PublicationNumber, publication.Number.WithoutKind, Field.Store.NO));
            }

            if (publication.Date is { } date)
            {
                doc.Add(new Int32Field(PatentFields.PublicationDate, DateKey(date), Field.Store.NO));
            }
        }

        if (record.FirstPublicationDate is { } firstPublished)
        {
            doc.Add(new NumericDocValuesField(PatentFields.PublicationDate, DateKey(firstPublished)));
        }

        AddText(doc, PatentFields.Abstract, record.Abstract, Field.Store.YES);
        AddText(doc, PatentFields.Claims, record.Claims, Field.Store.NO);

        foreach (var applicant in record.Applicants)
        {
            doc.Add(new TextField(PatentFields.Applicant, applicant.Name, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(PatentFields.Facets.Applicant, new BytesRef(applicant.Name)));
            doc.Add(new SortedSetDocValuesField(PatentFields.Facets.ApplicantType, new BytesRef(applicant.Type.Code())));
        }

        foreach (var holder in record.RightHolders)
        {
            doc.Add(new TextField(PatentFields.RightHolder, holder.Name, Field.Store.NO));
        }

        foreach (var inventor in record.Inventors)
        {
            doc.Add(new TextField(PatentFields.Inventor, inventor, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(PatentFields.Facets.Inventor, new BytesRef(inventor)));
        }

        if (!string.IsNullOrWhiteSpace(record.Agency))
        {
            doc.Add(new TextField(PatentFields.Agency, record.Agency, Field.Store.NO));
            doc.Add(new SortedDocValuesField(PatentFields.Facets.Agency, new BytesRef(record.Agency)));
        }

        foreach (var agent in record.Agents)
        {
            doc.Add(new TextField(PatentFields.Agent, agent, Field.Store.NO));
        }

        AddText(doc, PatentFields.Address, record.Address, Field.Store.NO);
        AddIpcs(doc, record);

        var industries = StrategicEmergingIndustries.ForIpcs(record.Ipcs);
        foreach (var industry in industries)
        {
            doc.Add(new StringField(PatentFields.Sei, industry, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(PatentFields.Facets.Sei, new BytesRef(industry)));
        }

        if (record.Region is { } region)
        {
            foreach (var code in new[] { region.Province, region.City, region.District })
            {
                if (code is not null)
                {
                    doc.Add(new StringField(PatentFields.Region, code, Field.Store.NO));
                }
            }

            doc.Add(new SortedDocValuesField(PatentFields.Facets.Region, new BytesRef(region.Code)));
        }

        doc.Add(new StringField(PatentFields.Type, record.Type.Code(), Field.Store.YES));
        doc.Add(new NumericDocValuesField(PatentFields.Facets.Type, (long)record.Type));
        doc.Add(new StringField(PatentFields.LegalStatus, record.LegalStatus.Code(), Field.Store.YES));
        doc.Add(new NumericDocValuesField(PatentFields.Facets.LegalStatus, (long)record.LegalStatus));

        var highValue = HighValueCriteria.Evaluate(record, industries.Count > 0, asOf);
        doc.Add(new NumericDocValuesField(PatentFields.Facets.HighValue, (long)highValue));
        if (highValue != HighValueReasons.None)
        {
            doc.Add(new StringField(PatentFields.HighValue, "1", Field.Store.NO));
        }

        if (record.ApplicationDate is { } filed)
        {
            doc.Add(new Int32Field(PatentFields.ApplicationDate, DateKey(filed), Field.Store.YES));
            doc.Add(new NumericDocValuesField(PatentFields.ApplicationDate, DateKey(filed)));
        }

        if (record.GrantDate is { } granted)
        {
            doc.Add(new Int32Field(PatentFields.GrantDate, DateKey(granted), Field.Store.NO));
        }

        if (!string.IsNullOrWhiteSpace(record.FamilyId))
        {
            doc.Add(new StringField(PatentFields.Family, record.FamilyId, Field.Store.NO));
        }

        if (storeFullRecord)
        {
            doc.Add(new StoredField(PatentFields.Record, StoredRecord.Serialize(record)));
        }

        return doc;
    }

    /// <summary>Dates are indexed as the integer yyyymmdd: sortable, range-queryable and readable in a dump.</summary>
    public static int DateKey(DateOnly date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;

    public static DateOnly FromDateKey(long key) => new((int)(key / 10_000), (int)(key / 100 % 100), (int)(key % 100));

    /// <summary>The terms an IPC code is findable by: the code itself and each shallower level.</summary>
    public static IEnumerable<string> IpcTerms(IpcCode code)
    {
        for (var level = IpcLevel.Section; level <= code.Level; level++)
        {
            if (code.AtLevel(level) is { } term)
            {
                yield return term;
            }
        }
    }

    private static void AddIpcs(Document doc, PatentRecord record)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in record.Ipcs.Append(record.MainIpc ?? default).Where(c => c.Code is not null))
        {
            foreach (var term in IpcTerms(code))
            {
                if (seen.Add(term))
                {
                    doc.Add(new StringField(PatentFields.Ipc, term, Field.Store.NO));
                }
            }

            AddFacet(doc, PatentFields.Facets.IpcSection, code.Section);
            AddFacet(doc, PatentFields.Facets.IpcClass, code.Class);
            AddFacet(doc, PatentFields.Facets.IpcSubclass, code.Subclass);
            AddFacet(doc, PatentFields.Facets.IpcMainGroup, code.MainGroup);
        }

        if (record.MainIpc is { } main)
        {
            doc.Add(new StoredField(PatentFields.MainIpc, main.Code));
            foreach (var term in IpcTerms(main))
            {
                doc.Add(new StringField(PatentFields.MainIpc, term, Field.Store.NO));
            }
        }
    }

    private static void AddFacet(Document doc, string field, string? value)
    {
        // SortedSet doc values de-duplicate values within a document, so repeated levels cost nothing.
        if (value is not null)
        {
            doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void AddText(Document doc, string field, string? value, Field.Store store)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            doc.Add(new TextField(field, value, store));
        }
    }

    internal static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
