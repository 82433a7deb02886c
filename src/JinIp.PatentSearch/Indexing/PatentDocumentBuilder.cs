using System.Globalization;
using JinIp.PatentSearch.Analysis;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Reference;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace JinIp.PatentSearch.Indexing;

/// <summary>Turns a <see cref="PatentRecord"/> into a Lucene document; the field choices are in <see cref="PatentFields"/>.</summary>
internal sealed class PatentDocumentBuilder(bool storeFullRecord, DateOnly asOf)
{
    private readonly FieldPool fields = new();
    private readonly Dictionary<string, (GramTokenStream Stream, Field Field)> grams = new(StringComparer.Ordinal);

    /// <summary>
    /// Builds the document for one record. The field objects are reused by the next call, so the document must
    /// be handed to the writer before this builder builds another (one builder per indexing thread).
    /// </summary>
    public Document Build(PatentRecord record)
    {
        fields.Reset();
        var doc = new Document
        {
            fields.String(PatentFields.Key, record.Key, Field.Store.YES),
            new StoredField(PatentFields.Title, record.Title),
        };
        AddText(doc, PatentFields.Title, record.Title);

        if (record.ApplicationNumber is { } an)
        {
            // Indexed compact (digits and check, no dot) so that a number typed with or without the dot finds it.
            doc.Add(fields.String(PatentFields.ApplicationNumber, an.Digits + an.Check, Field.Store.NO));
            doc.Add(new StoredField(PatentFields.ApplicationNumber, an.ToString()));
        }

        foreach (var publication in record.Publications)
        {
            doc.Add(fields.String(PatentFields.PublicationNumber, publication.Number.ToString(), Field.Store.YES));
            if (publication.Number.Kind.Length > 0)
            {
                doc.Add(fields.String(PatentFields.PublicationNumber, publication.Number.WithoutKind, Field.Store.NO));
            }

            if (publication.Date is { } date)
            {
                doc.Add(fields.Int32(PatentFields.PublicationDate, DateKey(date), Field.Store.NO));
            }
        }

        if (record.FirstPublicationDate is { } firstPublished)
        {
            doc.Add(new NumericDocValuesField(PatentFields.PublicationDate, DateKey(firstPublished)));
        }

        if (record.Abstract is not null)
        {
            doc.Add(new StoredField(PatentFields.Abstract, record.Abstract));
        }

        AddText(doc, PatentFields.Abstract, record.Abstract);
        AddText(doc, PatentFields.Claims, record.Claims);

        var applicants = Grams(PatentFields.Applicant);
        foreach (var applicant in record.Applicants)
        {
            applicants.Add(applicant.Name);
            doc.Add(new StoredField(PatentFields.Applicant, applicant.Name));
            doc.Add(new SortedSetDocValuesField(PatentFields.Facets.Applicant, new BytesRef(applicant.Name)));
            doc.Add(new SortedSetDocValuesField(PatentFields.Facets.ApplicantType, new BytesRef(applicant.Type.Code())));
        }

        AddGrams(doc, PatentFields.Applicant);

        var holders = Grams(PatentFields.RightHolder);
        foreach (var holder in record.RightHolders)
        {
            holders.Add(holder.Name);
        }

        AddGrams(doc, PatentFields.RightHolder);

        var inventors = Grams(PatentFields.Inventor);
        foreach (var inventor in record.Inventors)
        {
            inventors.Add(inventor);
            doc.Add(new SortedSetDocValuesField(PatentFields.Facets.Inventor, new BytesRef(inventor)));
        }

        AddGrams(doc, PatentFields.Inventor);

        if (!string.IsNullOrWhiteSpace(record.Agency))
        {
            AddText(doc, PatentFields.Agency, record.Agency);
            doc.Add(new SortedDocValuesField(PatentFields.Facets.Agency, new BytesRef(record.Agency)));
        }

        var agents = Grams(PatentFields.Agent);
        foreach (var agent in record.Agents)
        {
            agents.Add(agent);
        }

        AddGrams(doc, PatentFields.Agent);
        AddText(doc, PatentFields.Address, record.Address);
        AddIpcs(doc, record);

        var industries = StrategicEmergingIndustries.ForIpcs(record.Ipcs);
        foreach (var industry in industries)
        {
            doc.Add(fields.String(PatentFields.Sei, industry, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(PatentFields.Facets.Sei, new BytesRef(industry)));
        }

        if (record.Region is { } region)
        {
            foreach (var code in new[] { region.Province, region.City, region.District })
            {
                if (code is not null)
                {
                    doc.Add(fields.String(PatentFields.Region, code, Field.Store.NO));
                }
            }

            doc.Add(new SortedDocValuesField(PatentFields.Facets.Region, new BytesRef(region.Code)));
        }

        doc.Add(fields.String(PatentFields.Type, record.Type.Code(), Field.Store.YES));
        doc.Add(new NumericDocValuesField(PatentFields.Facets.Type, (long)record.Type));
        doc.Add(fields.String(PatentFields.LegalStatus, record.LegalStatus.Code(), Field.Store.YES));
        doc.Add(new NumericDocValuesField(PatentFields.Facets.LegalStatus, (long)record.LegalStatus));

        var highValue = HighValueCriteria.Evaluate(record, industries.Count > 0, asOf);
        doc.Add(new NumericDocValuesField(PatentFields.Facets.HighValue, (long)highValue));
        if (highValue != HighValueReasons.None)
        {
            doc.Add(fields.String(PatentFields.HighValue, "1", Field.Store.NO));
        }

        if (record.ApplicationDate is { } filed)
        {
            doc.Add(fields.Int32(PatentFields.ApplicationDate, DateKey(filed), Field.Store.YES));
            doc.Add(new NumericDocValuesField(PatentFields.ApplicationDate, DateKey(filed)));
        }

        if (record.GrantDate is { } granted)
        {
            doc.Add(fields.Int32(PatentFields.GrantDate, DateKey(granted), Field.Store.NO));
        }

        if (!string.IsNullOrWhiteSpace(record.FamilyId))
        {
            doc.Add(fields.String(PatentFields.Family, record.FamilyId, Field.Store.NO));
            doc.Add(new SortedDocValuesField(PatentFields.Facets.Family, new BytesRef(record.FamilyId)));
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

    private void AddIpcs(Document doc, PatentRecord record)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in record.Ipcs.Append(record.MainIpc ?? default).Where(c => c.Code is not null))
        {
            foreach (var term in IpcTerms(code))
            {
                if (seen.Add(term))
                {
                    doc.Add(fields.String(PatentFields.Ipc, term, Field.Store.NO));
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
                doc.Add(fields.String(PatentFields.MainIpc, term, Field.Store.NO));
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

    /// <summary>Indexes one text value through this thread's gram stream for the field (blank values add nothing).</summary>
    private void AddText(Document doc, string field, string? value)
    {
        Grams(field).Add(value);
        AddGrams(doc, field);
    }

    /// <summary>The field's gram stream, emptied for a new document.</summary>
    private GramTokenStream Grams(string field)
    {
        if (!grams.TryGetValue(field, out var entry))
        {
            var stream = new GramTokenStream();
            grams[field] = entry = (stream, new TextField(field, stream));
        }

        entry.Stream.Clear();
        return entry.Stream;
    }

    /// <summary>Adds the field with every value given to its gram stream since <see cref="Grams"/>, if any.</summary>
    private void AddGrams(Document doc, string field)
    {
        var (stream, instance) = grams[field];
        if (stream.HasValues)
        {
            doc.Add(instance);
        }
    }

    internal static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reuses Lucene field instances across documents. A new StringField or Int32Field builds a fresh token
    /// stream with its attributes on first use, which in Lucene.NET cost about 9 µs per field: reusing them took
    /// document building from 1,800 to several thousand documents per second per core (measured in the benchmark).
    /// </summary>
    private sealed class FieldPool
    {
        private readonly Dictionary<(string Name, bool Stored, int Kind), (List<Field> Items, int Used)> pools = [];

        public void Reset()
        {
            foreach (var key in pools.Keys.ToList())
            {
                pools[key] = (pools[key].Items, 0);
            }
        }

        public Field String(string name, string value, Field.Store store)
        {
            var field = Next(name, store == Field.Store.YES, 0, () => new StringField(name, value, store));
            field.SetStringValue(value);
            return field;
        }

        public Field Int32(string name, int value, Field.Store store)
        {
            var field = Next(name, store == Field.Store.YES, 2, () => new Int32Field(name, value, store));
            field.SetInt32Value(value);
            return field;
        }

        private Field Next(string name, bool stored, int kind, Func<Field> create)
        {
            var key = (name, stored, kind);
            if (!pools.TryGetValue(key, out var pool))
            {
                pool = ([], 0);
            }

            if (pool.Used == pool.Items.Count)
            {
                pool.Items.Add(create());
            }

            var field = pool.Items[pool.Used];
            pools[key] = (pool.Items, pool.Used + 1);
            return field;
        }
    }
}
