namespace JinIp.PatentSearch.Indexing;

/// <summary>
/// Every Lucene field name of the patent index, with how it is indexed. Text and name fields use
/// <see cref="Analysis.PatentAnalyzer"/>; keyword fields hold one exact term per value; facet fields are doc
/// values only (counted by the analytics, never searched).
/// </summary>
internal static class PatentFields
{
    /// <summary>StringField, stored: the record key (application number, else publication number); upserts delete by it.</summary>
    public const string Key = "id";

    /// <summary>StringField of the compact number <c>2017101170817</c>; the printed form <c>201710117081.7</c> is stored.</summary>
    public const string ApplicationNumber = "an";

    /// <summary>StringField per publication, with and without kind code (<c>CN113914863A</c>, <c>CN113914863</c>); full forms stored.</summary>
    public const string PublicationNumber = "pn";

    /// <summary>TextField (character grams), stored for the result list and highlighting.</summary>
    public const string Title = "ti";

    /// <summary>TextField (character grams), stored for the result snippet.</summary>
    public const string Abstract = "ab";

    /// <summary>TextField (character grams), not stored: claims are long and come from the database.</summary>
    public const string Claims = "cl";

    /// <summary>TextField per applicant name (character grams), stored in filing order.</summary>
    public const string Applicant = "pa";

    /// <summary>TextField per right holder (character grams).</summary>
    public const string RightHolder = "po";

    /// <summary>TextField per inventor (character grams).</summary>
    public const string Inventor = "in";

    /// <summary>TextField (character grams).</summary>
    public const string Agency = "ag";

    /// <summary>TextField per agent (character grams).</summary>
    public const string Agent = "at";

    /// <summary>TextField (character grams): applicant address.</summary>
    public const string Address = "dz";

    /// <summary>StringField per IPC code and per level of it (H, H01, H01M, H01M10/00, H01M10/0525).</summary>
    public const string Ipc = "ic";

    /// <summary>StringField, main IPC and its levels as for <see cref="Ipc"/>; the code is stored.</summary>
    public const string MainIpc = "mc";

    /// <summary>StringField per region level: province 12, city 1201, district 120116.</summary>
    public const string Region = "co";

    /// <summary>StringField: invention / utility / design; stored.</summary>
    public const string Type = "type";

    /// <summary>StringField: legal status code; stored.</summary>
    public const string LegalStatus = "ls";

    /// <summary>StringField per strategic-emerging-industry code (1.1, 3.2 …).</summary>
    public const string Sei = "sei";

    /// <summary>StringField "1" when the patent counts as a high-value invention patent.</summary>
    public const string HighValue = "hv";

    /// <summary>StringField: patent family id.</summary>
    public const string Family = "fam";

    /// <summary>Int32Field yyyymmdd (range queries) + NumericDocValues (sort, year facet); stored.</summary>
    public const string ApplicationDate = "ad";

    /// <summary>Int32Field yyyymmdd per publication; NumericDocValues of the first publication date.</summary>
    public const string PublicationDate = "pd";

    /// <summary>Int32Field yyyymmdd.</summary>
    public const string GrantDate = "gd";

    /// <summary>StoredField: the full record as JSON, only when <c>PatentIndexOptions.StoreFullRecord</c> is on.</summary>
    public const string Record = "rec";

    /// <summary>Doc-values-only facet fields (SortedSet unless noted).</summary>
    public static class Facets
    {
        public const string Applicant = "f_pa";
        public const string ApplicantType = "f_pat";
        public const string Inventor = "f_in";

        /// <summary>SortedDocValues: one agency per patent.</summary>
        public const string Agency = "f_ag";
        public const string IpcSection = "f_ic1";
        public const string IpcClass = "f_ic2";
        public const string IpcSubclass = "f_ic3";
        public const string IpcMainGroup = "f_ic4";
        public const string Sei = "f_sei";

        /// <summary>SortedDocValues: the most precise region code known.</summary>
        public const string Region = "f_co";

        /// <summary>SortedDocValues: the family id, for collapsing a result list to one row per family.</summary>
        public const string Family = "f_fam";

        /// <summary>NumericDocValues: <see cref="Records.PatentType"/> value.</summary>
        public const string Type = "f_type";

        /// <summary>NumericDocValues: <see cref="Records.LegalStatus"/> value.</summary>
        public const string LegalStatus = "f_ls";

        /// <summary>NumericDocValues: <see cref="Records.HighValueReasons"/> flags.</summary>
        public const string HighValue = "f_hv";
    }
}
