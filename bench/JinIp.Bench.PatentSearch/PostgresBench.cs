using System.Diagnostics;
using System.Globalization;
using System.Text;
using JinIp.PatentSearch.Analysis;
using JinIp.PatentSearch.Generation;
using JinIp.PatentSearch.Indexing;
using Npgsql;
using NpgsqlTypes;

/// <summary>One benchmark query in a form both engines can run: the Lucene command query and its parts.</summary>
internal sealed record QuerySpec(string Lucene, string[] Terms, string? District = null, int? DateFrom = null, string? IpcPrefix = null, string? IpcSubclass = null);

/// <summary>
/// The same corpus and queries in PostgreSQL: (a) pg_trgm GIN over the normalized text with ILIKE '%term%',
/// (b) a tsvector of the same character bigrams the Lucene index holds (with positions, GIN), a term being the
/// phrase of its bigrams. Each search counts all hits and fetches the top 20 by application date; each analysis
/// groups the hits by year × type and ranks the top 20 applicants.
/// </summary>
internal sealed class PostgresBench(string connectionString)
{
    public const int StatementTimeoutMs = 30_000;

    public async Task<(double Seconds, long Bytes)> LoadAsync(PatentCorpusGenerator generator, int docs)
    {
        await using var connection = await OpenAsync();

        // The timeout is for the measured queries; loading a million rows and building the indexes take longer.
        await Execute(connection, "SET statement_timeout = 0");
        await Execute(connection, """
            DROP TABLE IF EXISTS bench_patents;
            CREATE UNLOGGED TABLE bench_patents (id int PRIMARY KEY, tx text NOT NULL, grams tsvector NOT NULL, ti text,
              ad int, year int, type int, district text, applicants text[], ipc text[]);
            """);
        var sw = Stopwatch.StartNew();
        await using (var import = await connection.BeginBinaryImportAsync("COPY bench_patents (id, tx, grams, ti, ad, year, type, district, applicants, ipc) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < docs; i++)
            {
                var r = generator.Generate((long)i);
                var fields = new[] { TextNormalizer.Normalize(r.Title), TextNormalizer.Normalize(r.Abstract), TextNormalizer.Normalize(r.Claims) };
                var ad = r.ApplicationDate is { } date ? PatentDocumentBuilder.DateKey(date) : (int?)null;
                await import.StartRowAsync();
                await import.WriteAsync(i, NpgsqlDbType.Integer);
                await import.WriteAsync(string.Join('\n', fields), NpgsqlDbType.Text);
                await import.WriteAsync(Grams(fields), NpgsqlDbType.TsVector);
                await import.WriteAsync(r.Title, NpgsqlDbType.Text);
                await WriteNullable(import, ad, NpgsqlDbType.Integer);
                await WriteNullable(import, ad / 10_000, NpgsqlDbType.Integer);
                await import.WriteAsync((int)r.Type, NpgsqlDbType.Integer);
                await WriteNullable(import, r.Region?.District, NpgsqlDbType.Text);
                await import.WriteAsync(r.Applicants.Select(a => a.Name).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                var ipcs = r.Ipcs.Append(r.MainIpc ?? default).Where(c => c.Code is not null).SelectMany(PatentDocumentBuilder.IpcTerms).Distinct(StringComparer.Ordinal).ToArray();
                await import.WriteAsync(ipcs, NpgsqlDbType.Array | NpgsqlDbType.Text);
            }

            await import.CompleteAsync();
        }

        await Execute(connection, """
            CREATE INDEX bench_patents_trgm ON bench_patents USING gin (tx gin_trgm_ops);
            CREATE INDEX bench_patents_grams ON bench_patents USING gin (grams);
            CREATE INDEX bench_patents_ipc ON bench_patents USING gin (ipc);
            CREATE INDEX bench_patents_ad ON bench_patents (ad);
            """);
        await Execute(connection, "VACUUM ANALYZE bench_patents");
        var seconds = sw.Elapsed.TotalSeconds;
        await using var size = new NpgsqlCommand("SELECT pg_total_relation_size('bench_patents')", connection);
        return (seconds, (long)(await size.ExecuteScalarAsync())!);
    }

    /// <summary>Milliseconds for one query: count + top 20 by date, or the two analysis aggregates.</summary>
    public static async Task<(double Ms, long Hits)> RunAsync(NpgsqlConnection connection, QuerySpec spec, bool trigram, bool analyze)
    {
        var where = new StringBuilder("true");
        var parameters = new List<NpgsqlParameter>();
        foreach (var term in spec.Terms)
        {
            var normalized = TextNormalizer.Normalize(term);
            if (trigram)
            {
                where.Append(CultureInfo.InvariantCulture, $" AND tx ILIKE ${parameters.Count + 1}");
                parameters.Add(new NpgsqlParameter { Value = "%" + normalized.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%" });
            }
            else
            {
                where.Append(CultureInfo.InvariantCulture, $" AND grams @@ ${parameters.Count + 1}::tsquery");
                parameters.Add(new NpgsqlParameter { Value = TsQuery(normalized) });
            }
        }

        if (spec.District is not null)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND district = ${parameters.Count + 1}");
            parameters.Add(new NpgsqlParameter { Value = spec.District });
        }

        if (spec.DateFrom is not null)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND ad >= ${parameters.Count + 1}");
            parameters.Add(new NpgsqlParameter { Value = spec.DateFrom.Value });
        }

        if (spec.IpcPrefix is not null)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND EXISTS (SELECT 1 FROM unnest(ipc) c WHERE c LIKE ${parameters.Count + 1})");
            parameters.Add(new NpgsqlParameter { Value = spec.IpcPrefix + "%" });
        }

        if (spec.IpcSubclass is not null)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND ipc @> ARRAY[${parameters.Count + 1}]::text[]");
            parameters.Add(new NpgsqlParameter { Value = spec.IpcSubclass });
        }

        var statements = analyze
            ? new[]
            {
                $"SELECT year, type, count(*) FROM bench_patents WHERE {where} GROUP BY 1, 2",
                $"SELECT a, count(*) FROM bench_patents, unnest(applicants) a WHERE {where} GROUP BY a ORDER BY 2 DESC, 1 LIMIT 20",
            }
            : new[]
            {
                $"SELECT count(*) FROM bench_patents WHERE {where}",
                $"SELECT id, ti, ad FROM bench_patents WHERE {where} ORDER BY ad DESC NULLS LAST LIMIT 20",
            };
        var start = Stopwatch.GetTimestamp();
        long hits = 0;
        try
        {
            foreach (var sql in statements)
            {
                await using var command = new NpgsqlCommand(sql, connection);
                foreach (var p in parameters)
                {
                    command.Parameters.Add(p.Clone());
                }

                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    hits += analyze ? (sql.Contains("year", StringComparison.Ordinal) ? reader.GetInt64(2) : 0) : (sql.StartsWith("SELECT count", StringComparison.Ordinal) ? reader.GetInt64(0) : 0);
                }
            }
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.QueryCanceled)
        {
            return (StatementTimeoutMs, -1);
        }

        return (Stopwatch.GetElapsedTime(start).TotalMilliseconds, hits);
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await Execute(connection, string.Create(CultureInfo.InvariantCulture, $"SET statement_timeout = {StatementTimeoutMs}; SET jit = off;"));
        return connection;
    }

    /// <summary>The bigrams of the three fields with positions (fields 1,000 positions apart), as Lucene indexes them.</summary>
    private static NpgsqlTsVector Grams(string[] fields)
    {
        var positions = new Dictionary<string, List<NpgsqlTsVector.Lexeme.WordEntryPos>>(StringComparer.Ordinal);
        var basePosition = 1;
        foreach (var field in fields)
        {
            var points = CharacterGrams.CodePoints(field);
            for (var i = 0; i < points.Count; i++)
            {
                var gram = i + 1 < points.Count ? points[i] + points[i + 1] : points[i];
                if (!positions.TryGetValue(gram, out var list))
                {
                    positions[gram] = list = [];
                }

                var position = Math.Min(basePosition + i, 16_383);
                if (list.Count == 0 || list[^1].Pos != position)
                {
                    list.Add(new NpgsqlTsVector.Lexeme.WordEntryPos(position));
                }
            }

            basePosition += points.Count + 1_000;
        }

        var text = new StringBuilder();
        foreach (var (gram, list) in positions)
        {
            text.Append(Quote(gram)).Append(':').AppendJoin(',', list.Select(p => p.Pos.ToString(CultureInfo.InvariantCulture))).Append(' ');
        }

        // Parse is marked obsolete because it cannot mirror to_tsvector; here it only reads the literal built above
        // (quoted lexemes with positions), which is exactly the tsvector input syntax, so the binary COPY can carry it.
#pragma warning disable CS0618
        return NpgsqlTsVector.Parse(text.ToString());
#pragma warning restore CS0618
    }

    /// <summary>A term as the phrase of its consecutive bigrams (<c>'锂离' &lt;-&gt; '离子'</c>); one code point alone is a prefix.</summary>
    private static string TsQuery(string normalized)
    {
        var points = CharacterGrams.CodePoints(normalized);
        if (points.Count == 1)
        {
            return Quote(points[0]) + ":*";
        }

        return string.Join(" <-> ", Enumerable.Range(0, points.Count - 1).Select(i => Quote(points[i] + points[i + 1])));
    }

    private static string Quote(string lexeme) =>
        "'" + lexeme.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    private static async Task WriteNullable<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            await import.WriteNullAsync();
        }
        else
        {
            await import.WriteAsync(value, type);
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 3600 };
        await command.ExecuteNonQueryAsync();
    }
}
